namespace ReplyQuality;

/// <summary>The families of rules in the guide.</summary>
public enum RuleCategory
{
    /// <summary>RQ1xx: how the reply sounds (JSON: <c>tone</c>).</summary>
    Tone,

    /// <summary>RQ2xx: pushing the problem away instead of owning it (JSON: <c>deflection</c>).</summary>
    Deflection,

    /// <summary>RQ3xx: what a good reply to a complaint contains (JSON: <c>completeness</c>).</summary>
    Completeness,

    /// <summary>RQ4xx: rules that need the customer's message or timestamps (JSON: <c>context</c>).</summary>
    Context,
}
