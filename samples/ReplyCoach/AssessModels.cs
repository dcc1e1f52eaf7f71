using ReplyQuality;

namespace ReplyCoach;

/// <summary>The body of <c>POST /api/assess</c>.</summary>
/// <param name="Text">The draft reply (required, not empty).</param>
/// <param name="CustomerMessage">The customer's message the reply answers, if known.</param>
/// <param name="Language"><c>"es"</c>, <c>"en"</c>, or <see langword="null"/> / <c>"auto"</c> to detect it.</param>
public sealed record AssessRequest(string? Text, string? CustomerMessage, string? Language);

/// <summary>The answer of <c>POST /api/assess</c>: the assessment in the JSON shape of CONTRACT.md.</summary>
/// <param name="Score">From 0 (rewrite it) to 100 (nothing to change).</param>
/// <param name="Verdict"><c>good</c>, <c>needs-work</c> or <c>poor</c>.</param>
/// <param name="Language">The language the reply was analysed in: <c>es</c> or <c>en</c>.</param>
/// <param name="MessageKind"><c>complaint</c>, <c>praise</c>, <c>question</c> or <c>unknown</c>.</param>
/// <param name="Findings">The problems found, ordered by rule id.</param>
public sealed record AssessResponse(int Score, string Verdict, string Language, string MessageKind, IReadOnlyList<FindingDto> Findings)
{
    /// <summary>Maps a library assessment to its JSON shape.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The response body.</returns>
    public static AssessResponse From(ReplyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new AssessResponse(
            assessment.Score,
            VerdictName(assessment.Verdict),
            assessment.Language,
            Lower(assessment.MessageKind),
            [.. assessment.Findings.Select(FindingDto.From)]);
    }

    /// <summary>good, needs-work or poor, as in CONTRACT.md.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The verdict's JSON name.</returns>
    public static string VerdictName(Verdict verdict) => verdict switch
    {
        ReplyQuality.Verdict.Good => "good",
        ReplyQuality.Verdict.NeedsWork => "needs-work",
        _ => "poor",
    };

    /// <summary>An enum value in lower case, as in CONTRACT.md.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The value's name in lower case.</returns>
    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}

/// <summary>One finding, in the JSON shape of CONTRACT.md.</summary>
/// <param name="RuleId">The stable rule id, such as <c>RQ203</c>.</param>
/// <param name="Name">The rule's name, such as <c>website-deflection</c>.</param>
/// <param name="Category"><c>tone</c>, <c>deflection</c>, <c>completeness</c> or <c>context</c>.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Message">What is wrong, in the reply's language.</param>
/// <param name="Explanation">Why it matters.</param>
/// <param name="Suggestion">How to fix it.</param>
/// <param name="Confidence">From 0 to 1, two decimals.</param>
/// <param name="Source"><c>rule</c>, <c>model</c> or <c>both</c>.</param>
/// <param name="HelpUri">The rule's documentation page.</param>
/// <param name="Spans">Where it is in the reply (UTF-16 offsets); empty for something missing.</param>
public sealed record FindingDto(
    string RuleId,
    string Name,
    string Category,
    string Severity,
    string Message,
    string Explanation,
    string Suggestion,
    double Confidence,
    string Source,
    string HelpUri,
    IReadOnlyList<SpanDto> Spans)
{
    /// <summary>Maps a library finding to its JSON shape.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The finding's JSON shape.</returns>
    public static FindingDto From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new FindingDto(
            finding.RuleId,
            finding.Name,
            AssessResponse.Lower(finding.Category),
            AssessResponse.Lower(finding.Severity),
            finding.Message,
            finding.Explanation,
            finding.Suggestion,
            Math.Round(finding.Confidence, 2),
            AssessResponse.Lower(finding.Source),
            finding.HelpUri.AbsoluteUri,
            [.. finding.Spans.Select(s => new SpanDto(s.Start, s.Length, s.Text))]);
    }
}

/// <summary>A piece of the reply: UTF-16 offsets and the text they cover.</summary>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The covered text: <c>text.Substring(start, length)</c>.</param>
public sealed record SpanDto(int Start, int Length, string Text);
