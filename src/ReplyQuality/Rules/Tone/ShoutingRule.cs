using ReplyQuality.Analysis;
using ReplyQuality.Text;

namespace ReplyQuality.Rules.Tone;

/// <summary>
/// RQ102: words or sentences in capitals, and runs of <c>!!</c> or <c>??</c>. Acronyms and brands written in
/// capitals (the rule's <c>acronyms</c> list, and any word of one to three letters on its own) are not shouting.
/// </summary>
internal sealed class ShoutingRule : ReplyRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "RQ102", "shouting", RuleCategory.Tone, Severity.Warning,
        title: "Shouting",
        messageFormat: "Reads as shouting: “{text}”.",
        description: "Whole words or sentences in capitals, and runs of exclamation or question marks, are the written form of raising your voice. Stay calm and cool, even when the customer is not.",
        suggestion: "Write in normal sentence case with a single punctuation mark; let the content carry the emphasis.");

    private const double SentenceConfidence = 0.95;
    private const double RunConfidence = 0.85;
    private const double WordConfidence = 0.6;
    private const double PunctuationConfidence = 0.7;
    private const double LongPunctuationConfidence = 0.85;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override string? CustomPhraseSection => "acronyms";

    /// <inheritdoc />
    public override RuleHit? Evaluate(ReplyAnalysis analysis)
    {
        var text = analysis.Text;
        var tokens = text.Tokens;
        var ranges = new List<TextRange>();
        var confidence = 0.0;
        foreach (var sentence in text.Sentences)
        {
            var words = 0;
            var shouted = 0;
            var runStart = -1;
            var runLetters = 0;
            var runLongest = 0;
            for (var t = sentence.FirstToken; t <= sentence.EndToken; t++)
            {
                var isShout = t < sentence.EndToken && IsShouted(analysis, tokens, t);
                if (t < sentence.EndToken && tokens[t].Has(TokenFlags.HasLetters) && !tokens[t].Has(TokenFlags.Quoted))
                {
                    words++;
                    if (isShout)
                    {
                        shouted++;
                    }
                }

                if (isShout)
                {
                    if (runStart < 0)
                    {
                        runStart = t;
                        runLetters = 0;
                        runLongest = 0;
                    }

                    runLetters += tokens[t].Letters;
                    runLongest = Math.Max(runLongest, tokens[t].Letters);
                    continue;
                }

                if (runStart >= 0)
                {
                    var count = t - runStart;
                    var c = count >= 2 && runLetters >= 6 && runLongest >= 3 ? RunConfidence
                        : count == 1 && runLongest >= 5 ? WordConfidence
                        : 0;
                    if (c > 0)
                    {
                        ranges.Add(new TextRange(tokens[runStart].Start, tokens[t - 1].End));
                        confidence = Math.Max(confidence, c);
                    }

                    runStart = -1;
                }
            }

            if (words >= 3 && shouted * 10 >= words * 6)
            {
                confidence = Math.Max(confidence, SentenceConfidence);
            }
        }

        foreach (var (range, c) in PunctuationRuns(text))
        {
            ranges.Add(range);
            confidence = Math.Max(confidence, c);
        }

        return ranges.Count == 0 ? null : new RuleHit(TextRanges.Merge(ranges), confidence);
    }

    private static bool IsShouted(ReplyAnalysis analysis, Span<Token> tokens, int t)
    {
        ref readonly var token = ref tokens[t];
        return token.Has(TokenFlags.AllCaps)
            && !token.Has(TokenFlags.Quoted)
            && token.Letters >= 2
            && !IsCode(analysis.Text, in token)
            && !IsBrandBesideModel(analysis.Text, tokens, t)
            && !analysis.Data.Acronyms.Contains(analysis.Text.Word(in token))
            && !(token.Letters <= 3 && IsLoneShortWord(tokens, t));
    }

    // Letters mixed with digits are a code, not a word: a model (MG3620, QN90A), a reference (RMA2231), COVID19.
    private static bool IsCode(ReplyText text, in Token token)
    {
        foreach (var c in text.Word(in token))
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // A single capitalised word next to a model code is a brand or product line ("PIXMA MG3620", "QLED QN90A").
    private static bool IsBrandBesideModel(ReplyText text, Span<Token> tokens, int t)
    {
        var sentence = tokens[t].Sentence;
        return (t > 0 && tokens[t - 1].Sentence == sentence && IsCode(text, in tokens[t - 1]))
            || (t + 1 < tokens.Length && tokens[t + 1].Sentence == sentence && IsCode(text, in tokens[t + 1]));
    }

    // A capitalised word of up to three letters is an acronym unless it stands next to other capitalised words.
    private static bool IsLoneShortWord(Span<Token> tokens, int t)
    {
        var before = t > 0 && tokens[t - 1].Sentence == tokens[t].Sentence && tokens[t - 1].Has(TokenFlags.AllCaps) && tokens[t - 1].Letters >= 2;
        var after = t + 1 < tokens.Length && tokens[t + 1].Sentence == tokens[t].Sentence && tokens[t + 1].Has(TokenFlags.AllCaps) && tokens[t + 1].Letters >= 2;
        return !before && !after;
    }

    private static IEnumerable<(TextRange Range, double Confidence)> PunctuationRuns(ReplyText text)
    {
        var s = text.Original;
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] is not ('!' or '?' or '\u00A1' or '\u00BF'))
            {
                i++;
                continue;
            }

            var start = i;
            var closing = 0;
            var opening = 0;
            while (i < s.Length && s[i] is '!' or '?' or '\u00A1' or '\u00BF')
            {
                if (s[i] is '!' or '?')
                {
                    closing++;
                }
                else
                {
                    opening++;
                }

                i++;
            }

            if ((closing >= 2 || opening >= 2) && !text.IsQuoted(start))
            {
                yield return (new TextRange(start, i), Math.Max(closing, opening) >= 3 ? LongPunctuationConfidence : PunctuationConfidence);
            }
        }
    }
}
