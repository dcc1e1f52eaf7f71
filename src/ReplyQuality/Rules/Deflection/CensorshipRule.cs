namespace ReplyQuality.Rules.Deflection;

/// <summary>RQ208: threatens censorship.</summary>
internal sealed class CensorshipRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ208", "censorship", RuleCategory.Deflection, Severity.Error,
        title: "Threatens censorship",
        messageFormat: "Threatens to silence the customer: “{text}”.",
        description: "Deleting, blocking or reporting a critic looks worse than the criticism itself: it turns one unhappy customer into a public story about censorship.",
        suggestion: "Leave the comment up and answer it in public with an apology and a way to solve the problem; move the details to a private channel if needed.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "censorship";
}
