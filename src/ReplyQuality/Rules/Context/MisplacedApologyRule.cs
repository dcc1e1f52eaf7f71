using ReplyQuality.Analysis;

namespace ReplyQuality.Rules.Context;

/// <summary>RQ401: the customer praised the company and the reply apologises (an automatic answer).</summary>
internal sealed class MisplacedApologyRule : ReplyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ401", "misplaced-apology", RuleCategory.Context, Severity.Warning,
        title: "Misplaced apology",
        messageFormat: "Apologises to a customer who was praising you: “{text}”.",
        description: "Apologising to a compliment shows that nobody read the message: Domino's answered a customer's photo of \"one of the best pizzas ever\" with an apology, and the automatic reply became the story.",
        suggestion: "Read the message before answering: thank the customer for the kind words instead of apologising.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? CustomPhraseSection => null;

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis)
    {
        if (analysis.MessageKind != MessageKind.Praise)
        {
            return null;
        }

        var apologies = analysis.ElementRanges(ReplyElementKind.Apology);
        return apologies.Count == 0 ? null : new RuleHit(apologies, analysis.MessageKindConfidence);
    }
}
