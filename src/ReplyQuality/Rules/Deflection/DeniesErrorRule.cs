namespace ReplyQuality.Rules.Deflection;

/// <summary>RQ206: denies the error.</summary>
internal sealed class DeniesErrorRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ206", "denies-error", RuleCategory.Deflection, Severity.Error,
        title: "Denies the error",
        messageFormat: "Denies any error: “{text}”.",
        description: "Denial (\"we did nothing wrong\", \"our system doesn't fail\") drags you down when the evidence is public: other customers will come to confirm the complaint. Online, honesty always pays.",
        suggestion: "Acknowledge what went wrong (or that you are checking), apologise, and explain what you are doing about it.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "denies-error";
}
