using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ReplyQuality.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
