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

    /// <summary>Looks at one analysed reply; returns a hit, or <see langword="null"/> when the rule does not apply.</summary>
    public abstract RuleHit? Evaluate(ReplyAnalysis analysis);
}
