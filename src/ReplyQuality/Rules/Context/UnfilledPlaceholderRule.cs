using ReplyQuality.Analysis;

namespace ReplyQuality.Rules.Context;

/// <summary>
/// RQ403: a placeholder the agent had to fill by hand was left in the reply (<c>[INSERT REASON]</c>, <c>[XXX]</c>,
/// <c>&lt;insert date&gt;</c>, <c>[motivo]</c>, <c>TODO: …</c>). Placeholders the help desk fills when the reply is sent
/// (<c>{{…}}</c>, <c>{%…%}</c>, <c>%VAR%</c>) and name slots (<c>[Customer Name]</c>) are not findings. Found while the
/// reply is read (see <c>Content/Placeholders.cs</c>); the span is the placeholder.
/// </summary>
internal sealed class UnfilledPlaceholderRule : ReplyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ403", "unfilled-placeholder", RuleCategory.Context, Severity.Error,
        title: "Unfilled placeholder",
        messageFormat: "A placeholder was left unfilled: “{text}”.",
        description: "A canned reply with \"[INSERT REASON]\" or \"XXX\" still in it tells the customer that nobody read their case: it is a form letter, sent without care, and it fails to give the one fact the customer needed.",
        suggestion: "Replace the placeholder with the real detail (the reason, the date, the tracking number) before sending, or remove the sentence.");

    private const double Confidence = 0.95;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? CustomPhraseSection => null;

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis) =>
        analysis.UnfilledPlaceholders.Count == 0 ? null : new RuleHit(analysis.UnfilledPlaceholders, Confidence);
}
