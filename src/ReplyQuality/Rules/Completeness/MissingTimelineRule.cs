using ReplyQuality.Analysis;

namespace ReplyQuality.Rules.Completeness;

/// <summary>
/// RQ305: a fix promised for later ("we'll look into it") without saying when. Not raised when the fix is
/// already done or when no fix is promised at all (that is RQ302).
/// </summary>
internal sealed class MissingTimelineRule : MissingElementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ305", "missing-timeline", RuleCategory.Completeness, Severity.Info,
        title: "Missing timeline",
        messageFormat: "Promises a fix without saying when: “{text}”.",
        description: "If the solution is not immediate, tell the customer when they will have it, and keep the promise: an open-ended \"we'll look into it\" is the silence that drives customers away.",
        suggestion: "Add a when the customer can hold you to (\"within 48 hours\", \"by Friday\", \"tomorrow morning\").");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "timeline";

    /// <inheritdoc />
    public override ReplyElementKind Element => ReplyElementKind.Timeline;

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis)
    {
        if (!analysis.IsComplaint || analysis.Has(ReplyElementKind.Timeline))
        {
            return null;
        }

        var promise = analysis.HitFor(Rule.Id, ["promise"]);
        return promise is null ? null : promise with { Confidence = Math.Min(promise.Confidence, analysis.MissingConfidence) };
    }
}
