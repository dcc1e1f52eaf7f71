using ReplyQuality.Analysis;
using ReplyQuality.Text;

namespace ReplyQuality.Rules.Tone;

/// <summary>
/// RQ101: insults, aggression, threats, contempt or sarcasm aimed at the customer. Besides the language's
/// phrases, an eye-roll or smirk emoji in the agent's own words (🙄 🙃 😒 🤦 🥱 😑) marks the sentence as sarcasm:
/// in a reply to a customer those faces carry no other meaning.
/// </summary>
internal sealed class HostileToneRule : PhraseRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ101", "hostile-tone", RuleCategory.Tone, Severity.Error,
        title: "Hostile tone",
        messageFormat: "Hostile wording towards the customer: “{text}”.",
        description: "Insults, aggression, threats, contempt or sarcasm aimed at the customer. Never answer an attack in kind: an angry customer's indignation is not aimed at you personally, and a reply in the same tone turns a complaint into a public fight that every other reader judges.",
        suggestion: "Remove the wording and answer calmly and courteously: acknowledge the problem, apologise, and say what you will do.");

    /// <summary>Confidence of a finding raised by a sarcastic emoji alone.</summary>
    private const double SarcasticEmojiConfidence = 0.75;

    /// <summary>Face emoji that read as contempt or sarcasm (code points).</summary>
    private static readonly int[] SarcasticEmoji = [0x1F644, 0x1F643, 0x1F612, 0x1F926, 0x1F971, 0x1F611];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? ModelTag => "hostile";

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis)
    {
        var phrases = base.Evaluate(analysis);
        var text = analysis.Text;
        List<TextRange>? emoji = null;
        var original = text.Original;
        for (var i = 0; i < original.Length - 1; i++)
        {
            if (!char.IsHighSurrogate(original[i]) || !char.IsLowSurrogate(original[i + 1]))
            {
                continue;
            }

            var codePoint = char.ConvertToUtf32(original[i], original[i + 1]);
            if (Array.IndexOf(SarcasticEmoji, codePoint) >= 0 && !text.IsQuoted(i))
            {
                (emoji ??= []).Add(new TextRange(i, i + 2));
            }

            i++;
        }

        if (emoji is null)
        {
            return phrases;
        }

        return phrases is null
            ? new RuleHit(emoji, SarcasticEmojiConfidence)
            : phrases with { Ranges = TextRanges.Merge([.. phrases.Ranges, .. emoji]) };
    }
}
