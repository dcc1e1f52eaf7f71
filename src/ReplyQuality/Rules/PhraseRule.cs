using ReplyQuality.Analysis;

namespace ReplyQuality.Rules;

/// <summary>
/// The mechanism behind most "present" rules: the rule fires where any phrase of its trigger sections is found
/// in the agent's own words (not quoted, not negated when the section is negatable, not cancelled by an
/// <c>except</c> phrase in the same sentence).
/// </summary>
internal abstract class PhraseRule : ReplyRule
{
    /// <summary>The sections whose phrases trigger the rule.</summary>
    protected virtual IReadOnlyList<string> TriggerSections { get; } = ["match"];

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis) => analysis.HitFor(Descriptor.Id, TriggerSections);
}
