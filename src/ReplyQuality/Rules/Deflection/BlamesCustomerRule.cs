namespace ReplyQuality.Rules.Deflection;

/// <summary>RQ205: blames the customer.</summary>
internal sealed class BlamesCustomerRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ205", "blames-customer", RuleCategory.Deflection, Severity.Error,
        title: "Blames the customer",
        messageFormat: "Blames the customer: “{text}”.",
        description: "Pointing out the customer's carelessness (\"you should have…\", \"you didn't read…\"), even politely, loses them, and their friends hear about it. Whoever made the mistake, the reply's job is the fix.",
        suggestion: "Leave out who was careless. Say what can be done now, and, if useful, how to avoid it next time, framed as help.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "blames-customer";
}
