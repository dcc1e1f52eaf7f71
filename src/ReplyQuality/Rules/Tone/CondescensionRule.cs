namespace ReplyQuality.Rules.Tone;

/// <summary>RQ103: talking down to the customer.</summary>
internal sealed class CondescensionRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ103", "condescension", RuleCategory.Tone, Severity.Warning,
        title: "Condescension",
        messageFormat: "Talks down to the customer: “{text}”.",
        description: "Talking down to the customer (\"as I already told you\", \"obviously\", \"it's not that hard\") answers with pride. The customer hears that they are being judged, not helped.",
        suggestion: "Say the information again plainly, as if for the first time, and offer to walk the customer through it.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "condescending";
}
