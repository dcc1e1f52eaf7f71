using ReplyQuality.Text;

namespace ReplyQuality.Rules;

/// <summary>What a rule reports before it becomes a <see cref="Finding"/>: where, how sure, and message arguments.</summary>
/// <param name="Ranges">The parts of the reply, in order, not overlapping (may be empty).</param>
/// <param name="Confidence">From 0 to 1.</param>
/// <param name="Arguments">Values for the message template beyond <c>{text}</c> (such as <c>{minutes}</c>).</param>
internal sealed record RuleHit(IReadOnlyList<TextRange> Ranges, double Confidence, IReadOnlyDictionary<string, string>? Arguments = null)
{
    /// <summary>Who found it: the rule's phrases, the model, or both.</summary>
    public FindingSource Source { get; init; } = FindingSource.Rule;

    /// <summary>For a finding the model contributed to: the words that weighed most, strongest first.</summary>
    public IReadOnlyList<string> ModelEvidence { get; init; } = [];
}
