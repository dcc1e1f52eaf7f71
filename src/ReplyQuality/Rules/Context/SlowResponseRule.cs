using System.Globalization;
using ReplyQuality.Analysis;

namespace ReplyQuality.Rules.Context;

/// <summary>RQ402: the reply came later than the golden hour after the customer's message.</summary>
internal sealed class SlowResponseRule : ReplyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ402", "slow-response", RuleCategory.Context, Severity.Warning,
        title: "Slow response",
        messageFormat: "Answered {minutes} minutes after the customer wrote; the limit is {limit} minutes.",
        description: "Most customers who complain on social media expect an answer within the hour, and share their anger when it does not come; silence reads as consent or neglect. Answer within the golden hour, even if only to apologise and say you are on it.",
        suggestion: "Answer sooner, even with a holding reply: an apology and a note that you are looking into it, with when you will be back.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? CustomPhraseSection => null;

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis)
    {
        if (analysis.Draft.ReceivedAt is not { } received || analysis.Draft.RespondedAt is not { } responded)
        {
            return null;
        }

        var delay = responded - received;
        var limit = analysis.Settings.GoldenHour;
        if (delay <= limit)
        {
            return null;
        }

        return new RuleHit([], 1.0, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["minutes"] = ((long)Math.Floor(delay.TotalMinutes)).ToString(CultureInfo.InvariantCulture),
            ["limit"] = ((long)Math.Round(limit.TotalMinutes)).ToString(CultureInfo.InvariantCulture),
        });
    }
}
