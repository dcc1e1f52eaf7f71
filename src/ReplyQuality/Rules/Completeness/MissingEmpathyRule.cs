namespace ReplyQuality.Rules.Completeness;

/// <summary>RQ303: a reply to a complaint without empathy.</summary>
internal sealed class MissingEmpathyRule : MissingElementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ303", "missing-empathy", RuleCategory.Completeness, Severity.Info,
        title: "Missing empathy",
        messageFormat: "The reply does not acknowledge how the customer feels or what the problem cost them.",
        description: "Standing in the customer's place and showing you understand why they are upset calms the conversation; often that alone turns it around.",
        suggestion: "Acknowledge the feeling or the cost in a sentence (\"I understand how frustrating it is to wait for a refund\").");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "empathy";

    /// <inheritdoc />
    public override ReplyElementKind Element => ReplyElementKind.Empathy;
}
