namespace ReplyQuality;

/// <summary>The result of analysing a reply: a score, a verdict and the findings that explain them.</summary>
public sealed record ReplyAssessment
{
    /// <summary>Creates an assessment.</summary>
    public ReplyAssessment(int score, Verdict verdict, string language, MessageKind messageKind, IReadOnlyList<Finding> findings, IReadOnlyList<ReplyElement> elements)
    {
        Score = score;
        Verdict = verdict;
        Language = language;
        MessageKind = messageKind;
        Findings = findings;
        Elements = elements;
    }

    /// <summary>
    /// From 0 (rewrite it) to 100 (nothing to change):
    /// <c>100 − Σ weight(severity) × confidence</c> over the findings, rounded and clamped to [0, 100],
    /// with weights error 30, warning 12, info 4.
    /// </summary>
    public int Score { get; }

    /// <summary>The overall judgement (see <see cref="ReplyQuality.Verdict"/> for the thresholds).</summary>
    public Verdict Verdict { get; }

    /// <summary>The language the reply was analysed in: <c>"es"</c> or <c>"en"</c>.</summary>
    public string Language { get; }

    /// <summary>What the customer's message is (or is assumed to be).</summary>
    public MessageKind MessageKind { get; }

    /// <summary>The problems found, ordered by rule id. Empty for a good reply.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The parts of a good reply found in the draft (apology, solution…), in text order.</summary>
    public IReadOnlyList<ReplyElement> Elements { get; }
}
