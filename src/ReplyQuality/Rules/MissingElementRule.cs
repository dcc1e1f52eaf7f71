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

    // Every element rule takes a model tag. The model would credit "we'll pass it on to the relevant team" as a fix
    // and "in due course" as a when — the vague formulas RQ302 and RQ305 exist to catch — so a sentence holding a
    // phrase of the rule's `vague` section is never credited by the model.

    /// <summary>
    /// The phrase lists whose matches show the element: the rule's own <c>present</c> section, and for some
    /// elements another rule's list (a third party named as the cause is an explanation).
    /// </summary>
    public virtual IReadOnlyList<(string File, string Section)> Evidence => field ??= [(Descriptor.Id, "present")];

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis) =>
        analysis.IsComplaint && analysis.HasWords && !analysis.Has(Element) ? analysis.MissingHit(this) : null;
}
