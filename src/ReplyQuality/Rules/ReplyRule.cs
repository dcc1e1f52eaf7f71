using ReplyQuality.Analysis;

namespace ReplyQuality.Rules;

/// <summary>
/// A rule of the guide. Each rule lives in its own file with its <see cref="RuleDescriptor"/>, reads what the
/// analysis found (phrase matches, elements, message kind, timestamps) and reports at most one hit per reply.
/// Rules are stateless and shared between threads.
/// </summary>
internal abstract class ReplyRule
{
    /// <summary>The rule's identity and help texts.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>
    /// The section of the rule's language data that phrases added through options join, or
    /// <see langword="null"/> when the rule takes no phrases.
    /// </summary>
    public virtual string? CustomPhraseSection => "match";

    /// <summary>
    /// The model's sentence tag for what the rule looks for (<c>hostile</c>, <c>apology</c>…), or
    /// <see langword="null"/> when the model has no say in the rule. See <see cref="ReplyAnalysis.WithModel"/>.
    /// </summary>
    public virtual string? ModelTag => null;

    /// <summary>
    /// Whether the model alone may raise the rule on this reply. A rule whose phrase logic depends on context
    /// (a help link with an offer of help is not a deflection) says no where that context clears the reply.
    /// </summary>
    public virtual bool AllowsModelFinding(ReplyAnalysis analysis) => true;

    /// <summary>Looks at one analysed reply; returns a hit, or <see langword="null"/> when the rule does not apply.</summary>
    public abstract RuleHit? Evaluate(ReplyAnalysis analysis);
}
