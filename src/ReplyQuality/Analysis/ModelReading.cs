using ReplyQuality.Model;
using ReplyQuality.Text;

namespace ReplyQuality.Analysis;

/// <summary>
/// What the model reads in one reply: each sentence in the agent's own words featurised once and scored for
/// every sentence tag in one pass. Sentences that are mostly quoted (the customer's words: "You wrote: '…'")
/// and sentences without words are not scored.
/// </summary>
internal sealed class ModelReading
{
    /// <summary>How many words or word pairs an explanation quotes.</summary>
    public const int EvidenceCount = 3;

    /// <summary>
    /// Fewest words a sentence needs before the model may judge its tone or call it a deflection: on "Thanks," or
    /// "Ok." the model has only its bias to go on (it read "Thanks" as sarcasm with 0.94 on the dev split).
    /// </summary>
    public const int MinWordsToJudge = 3;

    private readonly ReplyText _text;
    private readonly TextRange[] _ranges;
    private readonly int[] _words;
    private readonly float[]?[] _probabilities;

    private readonly Func<string, bool> _isFunctionWord;

    private ModelReading(ReplyModel model, ReplyText text, TextRange[] ranges, int[] words, float[]?[] probabilities, Func<string, bool> isFunctionWord)
    {
        _words = words;
        Model = model;
        _isFunctionWord = isFunctionWord;
        _text = text;
        _ranges = ranges;
        _probabilities = probabilities;
    }

    /// <summary>The model.</summary>
    public ReplyModel Model { get; }

    /// <summary>Scores the sentences of a reply.</summary>
    /// <param name="model">The model.</param>
    /// <param name="text">The reply.</param>
    /// <param name="isFunctionWord">Whether a folded word is a function word of the reply's language (kept out of explanations).</param>
    public static ModelReading Read(ReplyModel model, ReplyText text, Func<string, bool> isFunctionWord)
    {
        var tokens = text.Tokens;
        var sentences = text.Sentences;
        var ranges = new TextRange[sentences.Length];
        var words = new int[sentences.Length];
        var probabilities = new float[]?[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            ranges[s] = new TextRange(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 1].End);
            words[s] = sentence.TokenCount;
            if (IsMostlyQuoted(tokens, sentence))
            {
                continue;
            }

            probabilities[s] = model.Sentence.Score(SentenceFeatures.Featurize(text.Original.AsSpan(ranges[s].Start, ranges[s].Length)));
        }

        return new ModelReading(model, text, ranges, words, probabilities, isFunctionWord);
    }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _ranges.Length;

    /// <summary>The index of a tag in the model, or -1 when the model does not know it.</summary>
    public int TagIndex(string? tag) => tag is null ? -1 : Model.Sentence.IndexOf(tag);

    /// <summary>The text a sentence covers.</summary>
    public TextRange Range(int sentence) => _ranges[sentence];

    /// <summary>The probability of a tag in a sentence (0 for sentences not scored).</summary>
    public float Probability(int sentence, int tag) => _probabilities[sentence] is { } p ? p[tag] : 0f;

    /// <summary>Whether the model takes a sentence to carry a tag (its probability reaches the tag's threshold).</summary>
    public bool Carries(int sentence, int tag) =>
        _probabilities[sentence] is { } p && p[tag] >= Model.Sentence.Tags[tag].Threshold;

    /// <summary>Whether a sentence has enough words for the model to judge what it does wrong.</summary>
    public bool CanJudge(int sentence) => _words[sentence] >= MinWordsToJudge;

    /// <summary>The highest probability of a tag over all sentences.</summary>
    public float Max(int tag)
    {
        var max = 0f;
        for (var s = 0; s < _probabilities.Length; s++)
        {
            max = Math.Max(max, Probability(s, tag));
        }

        return max;
    }

    /// <summary>The words of a sentence that weighed most towards a tag.</summary>
    public IReadOnlyList<string> Evidence(int sentence, int tag) =>
        Model.Sentence.Explain(_text.Original[_ranges[sentence].Start.._ranges[sentence].End], tag, EvidenceCount, _isFunctionWord);

    private static bool IsMostlyQuoted(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var quoted = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            quoted += tokens[t].Has(TokenFlags.Quoted) ? 1 : 0;
        }

        return quoted * 2 >= sentence.TokenCount;
    }
}
