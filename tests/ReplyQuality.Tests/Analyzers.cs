namespace ReplyQuality.Tests;

/// <summary>The analyzers the tests share: building one is cheap, but there is no reason to do it per test.</summary>
internal static class Analyzers
{
    public static ReplyAnalyzer Default { get; } = ReplyAnalyzer.CreateDefault();

    public static ReplyAssessment Analyze(string text, string? language = null, string? customerMessage = null) =>
        Default.Analyze(new ReplyDraft(text) { Language = language, CustomerMessage = customerMessage });

    public static IReadOnlyList<string> RuleIds(this ReplyAssessment assessment) =>
        [.. assessment.Findings.Select(f => f.RuleId)];

    public static Finding? Finding(this ReplyAssessment assessment, string ruleId) =>
        assessment.Findings.FirstOrDefault(f => f.RuleId == ruleId);
}
