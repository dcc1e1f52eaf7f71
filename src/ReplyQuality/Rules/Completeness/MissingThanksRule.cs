namespace ReplyQuality.Rules.Completeness;

/// <summary>RQ306: a reply to a complaint without thanks.</summary>
internal sealed class MissingThanksRule : MissingElementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ306", "missing-thanks", RuleCategory.Completeness, Severity.Info,
        title: "Missing thanks",
        messageFormat: "The reply does not thank the customer.",
        description: "Thank the person for writing, for their patience or for the report: a complaint is also a chance to improve.",
        suggestion: "Thank the customer for writing, for their patience or for letting you know.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "thanks";

    /// <inheritdoc />
    public override ReplyElementKind Element => ReplyElementKind.Thanks;
}
