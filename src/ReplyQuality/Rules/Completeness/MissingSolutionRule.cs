namespace ReplyQuality.Rules.Completeness;

/// <summary>
/// RQ302: a reply to a complaint without solution. A fix promised for later ("we'll look into it and get back to
/// you", RQ305's <c>promise</c>) is a next step, so it counts as a solution here; whether it says <em>when</em> is
/// RQ305's business.
/// </summary>
internal sealed class MissingSolutionRule : MissingElementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ302", "missing-solution", RuleCategory.Completeness, Severity.Warning,
        title: "Missing solution",
        messageFormat: "The reply offers no fix, offer or next step.",
        description: "The key point of any reply to a complaint: always give the solution, or the easiest way to get it. Something can always be done to help the customer.",
        suggestion: "Say what you will do (refund, replacement, credit, repair, a call back) or the one concrete step that gets the customer there.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "solution";

    /// <inheritdoc />
    public override ReplyElementKind Element => ReplyElementKind.Solution;

    /// <inheritdoc />
    public override IReadOnlyList<(string File, string Section)> Evidence { get; } = [(Rule.Id, "present"), (MissingTimelineRule.Rule.Id, "promise")];
}
