namespace ReplyQuality.Cli;

/// <summary>A usage or configuration error: reply-lint prints the message and exits with code 2.</summary>
/// <param name="message">What is wrong, naming the flag, path or file.</param>
internal sealed class UsageException(string message) : Exception(message);
