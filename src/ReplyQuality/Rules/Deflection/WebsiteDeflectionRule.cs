using ReplyQuality.Analysis;

namespace ReplyQuality.Rules.Deflection;

/// <summary>
/// RQ203: "check our website / FAQ / help centre" as the answer instead of help. A link to one specific page
/// together with an offer of help (or a real solution) is not a deflection.
/// </summary>
internal sealed class WebsiteDeflectionRule : ReplyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ203", "website-deflection", RuleCategory.Deflection, Severity.Warning,
        title: "Sends the customer to the website",
        messageFormat: "Sends the customer away instead of helping: “{text}”.",
        description: "\"The information is on our website\" is polite on the surface, but the customer feels brushed off and goes looking for a company that answers. A link is help only when it points to the exact page and comes with an offer to help.",
        suggestion: "Answer the question in the reply. If a page helps, link the specific article and offer to help further.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "website-deflection";

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis)
    {
        var hit = analysis.HitFor(Rule.Id, ["match"]);
        if (hit is null)
        {
            return null;
        }

        return ClearedByHelp(analysis) ? null : hit;
    }

    /// <inheritdoc />
    public override bool AllowsModelFinding(ReplyAnalysis analysis) => !ClearedByHelp(analysis);

    // A link to one specific page together with an offer of help (or a real solution) is help, not a deflection.
    private static bool ClearedByHelp(ReplyAnalysis analysis) =>
        analysis.HasSpecificLink && (analysis.HitFor(Rule.Id, ["help-offer"]) is not null || analysis.Has(ReplyElementKind.Solution));
}
