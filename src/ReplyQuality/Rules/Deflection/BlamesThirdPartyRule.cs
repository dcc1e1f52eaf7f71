using ReplyQuality.Analysis;

namespace ReplyQuality.Rules.Deflection;

/// <summary>
/// RQ201: pushing the fault onto a courier, supplier, partner, bank, manufacturer or "the system".
/// Explicit fault-shifting (<c>blame</c>) always counts; naming a third party as the cause (<c>cause</c>) counts
/// only when the reply does not also own the fix — "the carrier lost it; we are sending a new one today at our
/// cost" is an explanation, not blame.
/// </summary>
internal sealed class BlamesThirdPartyRule : ReplyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ201", "blames-third-party", RuleCategory.Deflection, Severity.Warning,
        title: "Blames a third party",
        messageFormat: "Pushes the fault onto someone else: “{text}”.",
        description: "The customer is not interested in your suppliers, couriers or partners: to them, whom you work with is your choice. Shifting the blame sounds like an excuse and leaves them without a fix. Naming the cause is fair only while you own the fix.",
        suggestion: "Own the problem: apologise, say what you are doing about it at your cost, and keep the third party behind the scenes (or name it only as the cause, next to your fix).");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "blames-third-party";

    /// <inheritdoc />
    public override string? CustomPhraseSection => "blame";

    /// <inheritdoc />
    /// <remarks>As with the <c>cause</c> phrases, the model alone cannot raise it on a reply that owns the fix.</remarks>
    public override bool AllowsModelFinding(ReplyAnalysis analysis) => !analysis.Has(ReplyElementKind.Solution);

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis) =>
        analysis.Has(ReplyElementKind.Solution)
            ? analysis.HitFor(Rule.Id, ["blame"])
            : analysis.HitFor(Rule.Id, ["blame", "cause"]);
}
