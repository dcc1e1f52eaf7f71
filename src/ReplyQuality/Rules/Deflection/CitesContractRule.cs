namespace ReplyQuality.Rules.Deflection;

/// <summary>RQ202: cites the contract.</summary>
internal sealed class CitesContractRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ202", "cites-contract", RuleCategory.Deflection, Severity.Warning,
        title: "Cites the contract",
        messageFormat: "Sends the customer to the contract: “{text}”.",
        description: "Pointing the customer to the contract, the terms or the small print may win the first round of the argument, but it never wins the customer. Nobody reads contracts, and reminding people of what they \"agreed to\" tells them you care more about being right than about them.",
        suggestion: "Explain the rule in plain words, say what you can do within it (or what alternative you can offer), and leave the clause numbers out.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "cites-contract";
}
