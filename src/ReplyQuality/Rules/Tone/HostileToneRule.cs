namespace ReplyQuality.Rules.Tone;

/// <summary>RQ101: insults, aggression, threats, contempt or sarcasm aimed at the customer.</summary>
internal sealed class HostileToneRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ101", "hostile-tone", RuleCategory.Tone, Severity.Error,
        title: "Hostile tone",
        messageFormat: "Hostile wording towards the customer: “{text}”.",
        description: "Insults, aggression, threats, contempt or sarcasm aimed at the customer. Never answer an attack in kind: an angry customer's indignation is not aimed at you personally, and a reply in the same tone turns a complaint into a public fight that every other reader judges.",
        suggestion: "Remove the wording and answer calmly and courteously: acknowledge the problem, apologise, and say what you will do.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;
}
