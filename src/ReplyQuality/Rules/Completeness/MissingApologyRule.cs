namespace ReplyQuality.Rules.Completeness;

/// <summary>RQ301: a reply to a complaint without apology.</summary>
internal sealed class MissingApologyRule : MissingElementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ301", "missing-apology", RuleCategory.Completeness, Severity.Warning,
        title: "Missing apology",
        messageFormat: "The reply does not apologise for the problem or the wait.",
        description: "An apology for the harm or the wait shows respect and good manners; without it, every other sentence sounds defensive.",
        suggestion: "Apologise for the specific problem or the wait, once and sincerely (\"I'm sorry your order arrived damaged\").");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "apology";

    /// <inheritdoc />
    public override ReplyElementKind Element => ReplyElementKind.Apology;
}
