using System.CommandLine;
using ReplyQuality.Cli;

return ReplyLint.Run(args);
