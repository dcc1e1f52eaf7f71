using ReplyQuality.Rules.Deflection;

namespace ReplyQuality.Rules.Completeness;

/// <summary>RQ304: a reply to a complaint without explanation.</summary>
internal sealed class MissingExplanationRule : MissingElementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ304", "missing-explanation", RuleCategory.Completeness, Severity.Info,
        title: "Missing explanation",
        messageFormat: "The reply does not say what happened, why, or what is being done.",
        description: "Transparency: the customer should know the origin of the problem and what is being done about it; honesty builds trust.",
        suggestion: "Explain briefly what happened and what you are doing about it, without shifting the blame.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "explanation";

    /// <inheritdoc />
    public override ReplyElementKind Element => ReplyElementKind.Explanation;

    /// <inheritdoc />
    /// <remarks>Naming the third party that caused the problem ("the carrier lost the parcel") explains what happened.</remarks>
    public override IReadOnlyList<(string File, string Section)> Evidence { get; } = [(Rule.Id, "present"), (BlamesThirdPartyRule.Rule.Id, "cause")];
}
