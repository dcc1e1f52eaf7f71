using ReplyQuality.Analysis;

namespace ReplyQuality.Rules;

/// <summary>
/// The mechanism behind the completeness rules: the rule's <c>present</c> phrases detect an element of a good
/// reply (an apology, a solution…); the rule fires when a reply to a complaint has none.
/// </summary>
internal abstract class MissingElementRule : ReplyRule
{
    /// <summary>The element the rule looks for.</summary>
    public abstract ReplyElementKind Element { get; }

    /// <inheritdoc />
    public override string? CustomPhraseSection => "present";

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis) =>
        analysis.IsComplaint && !analysis.Has(Element) ? new RuleHit([], analysis.MissingConfidence) : null;
}
