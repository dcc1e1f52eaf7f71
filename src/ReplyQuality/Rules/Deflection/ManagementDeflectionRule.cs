using ReplyQuality.Analysis;

namespace ReplyQuality.Rules.Deflection;

/// <summary>RQ204: deflects to management.</summary>
internal sealed class ManagementDeflectionRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ204", "management-deflection", RuleCategory.Deflection, Severity.Warning,
        title: "Deflects to management",
        messageFormat: "Pushes the decision up the chain: “{text}”.",
        description: "\"It's a management decision, there's nothing I can do\" only moves the anger one level up and tells the customer they were sent from pillar to post. Even when the decision is not yours, take the hit.",
        suggestion: "Thank the customer, apologise, say you are taking it to the person who decides, and promise a call or e-mail back by a given time.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    /// <remarks>
    /// A reply that hands the case to a manager with a fix and a when ("my manager will call you by Friday") is not
    /// a deflection: the model alone does not raise the rule on it.
    /// </remarks>
    public override bool AllowsModelFinding(ReplyAnalysis analysis) =>
        !(analysis.Has(ReplyElementKind.Solution) && analysis.Has(ReplyElementKind.Timeline));

    /// <inheritdoc />
    public override string? ModelTag => "management-deflection";
}
