namespace ReplyQuality;

/// <summary>How much a finding matters. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>A suggestion that would make a good reply better.</summary>
    Info = 0,

    /// <summary>Something a reviewer would ask the agent to change.</summary>
    Warning = 1,

    /// <summary>Something that must not be sent to a customer.</summary>
    Error = 2,
}
