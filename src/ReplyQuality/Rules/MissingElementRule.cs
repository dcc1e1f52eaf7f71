using ReplyQuality.Analysis;

namespace ReplyQuality.Rules;

/// <summary>
/// The mechanism behind the completeness rules: the rule's <c>present</c> phrases detect an element of a good
/// reply (an apology, a solution…); the rule fires when a reply to a complaint has none.
/// </summary>
internal abstract class MissingElementRule : ReplyRule
{
    /// <summary>The element the rule looks for.</summary>
    public abstract ReplyElementKind Element { get; }

    /// <inheritdoc />
    public override string? CustomPhraseSection => "present";

    // Only apology, empathy and thanks take a model tag: the model credits "we'll pass it on to the team" as a fix,
    // "in due course" as a when and any factual sentence as an explanation — exactly what RQ302, RQ304 and RQ305
    // exist to catch — so those three stay with their phrase lists (measured on the dev split and the rules' own
    // bad examples).

    /// <summary>
    /// The phrase lists whose matches show the element: the rule's own <c>present</c> section, and for some
    /// elements another rule's list (a third party named as the cause is an explanation).
    /// </summary>
    public virtual IReadOnlyList<(string File, string Section)> Evidence => [(Descriptor.Id, "present")];

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis) =>
        analysis.IsComplaint && analysis.HasWords && !analysis.Has(Element) ? analysis.MissingHit(this) : null;
}
