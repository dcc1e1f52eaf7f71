namespace ReplyQuality.Rules.Deflection;

/// <summary>RQ207: minimises the problem.</summary>
internal sealed class MinimisesRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ207", "minimises", RuleCategory.Deflection, Severity.Warning,
        title: "Minimises the problem",
        messageFormat: "Plays the problem down: “{text}”.",
        description: "Calling the customer's problem \"just a small delay\" or \"no big deal\" tells them their annoyance is out of place. Recognise the impact the problem is having on them.",
        suggestion: "State the facts without judging their size, acknowledge the impact on the customer, and say what you are doing about it.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "minimises";
}
