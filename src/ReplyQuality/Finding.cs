namespace ReplyQuality;

/// <summary>One problem in a reply, explained.</summary>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    public Finding(string ruleId, string name, RuleCategory category, Severity severity, string message, string explanation, string suggestion, IReadOnlyList<ReplySpan> spans, double confidence, FindingSource source, Uri helpUri)
    {
        RuleId = ruleId;
        Name = name;
        Category = category;
        Severity = severity;
        Message = message;
        Explanation = explanation;
        Suggestion = suggestion;
        Spans = spans;
        Confidence = confidence;
        Source = source;
        HelpUri = helpUri;
    }

    /// <summary>The stable rule id, such as <c>RQ201</c>.</summary>
    public string RuleId { get; }

    /// <summary>The rule's name, such as <c>blames-third-party</c>.</summary>
    public string Name { get; }

    /// <summary>The rule's family.</summary>
    public RuleCategory Category { get; }

    /// <summary>How much it matters (the rule's default, or the configured override).</summary>
    public Severity Severity { get; }

    /// <summary>One line saying what is wrong, quoting the reply where it can, in the reply's language.</summary>
    public string Message { get; }

    /// <summary>Why it matters, from the guide.</summary>
    public string Explanation { get; }

    /// <summary>How to fix it.</summary>
    public string Suggestion { get; }

    /// <summary>
    /// Where it is in the reply, in order. Empty for findings about something missing (RQ3xx) or about the
    /// context (RQ402).
    /// </summary>
    public IReadOnlyList<ReplySpan> Spans { get; }

    /// <summary>How sure the engine is, from 0 to 1.</summary>
    public double Confidence { get; }

    /// <summary>What found it: a rule, the model, or both.</summary>
    public FindingSource Source { get; }

    /// <summary>The rule's documentation page.</summary>
    public Uri HelpUri { get; }
}
