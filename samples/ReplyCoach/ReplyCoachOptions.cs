namespace ReplyCoach;

/// <summary>The sample's own limits, bound from the <c>ReplyCoach</c> section of the configuration.</summary>
public sealed class ReplyCoachOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "ReplyCoach";

    /// <summary>The largest request body accepted by <c>POST /api/assess</c>, in bytes (default 64 KB); larger → 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The rate limit: a fixed window per client IP address.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>A fixed-window rate limit per client IP address.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests allowed per window and client (default 120).</summary>
    public int PermitLimit { get; set; } = 120;

    /// <summary>The window, in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;
}
