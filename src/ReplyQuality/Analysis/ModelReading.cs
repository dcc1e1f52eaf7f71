using ReplyQuality.Languages;
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
    private readonly WordSet _functionWords;

    // Sentence s's probabilities are [s * tags, (s + 1) * tags); a sentence not scored has NaN in its first slot.
    private readonly float[] _probabilities;
    private readonly int _tags;

    private ModelReading(ReplyModel model, ReplyText text, float[] probabilities, WordSet functionWords)
    {
        Model = model;
        _text = text;
        _probabilities = probabilities;
        _tags = model.Sentence.Tags.Count;
        _functionWords = functionWords;
    }

    /// <summary>The model.</summary>
    public ReplyModel Model { get; }

    /// <summary>Scores the sentences of a reply.</summary>
    /// <param name="model">The model.</param>
    /// <param name="text">The reply.</param>
    /// <param name="functionWords">The function words of the reply's language (kept out of explanations).</param>
    public static ModelReading Read(ReplyModel model, ReplyText text, WordSet functionWords)
    {
        var tokens = text.Tokens;
        var sentences = text.Sentences;
        var tags = model.Sentence.Tags.Count;
        var probabilities = new float[Math.Max(1, sentences.Length * tags)];
        for (var s = 0; s < sentences.Length; s++)
        {
            var scores = probabilities.AsSpan(s * tags, tags);
            var sentence = sentences[s];
            if (sentence.TokenCount == 0 || IsMostlyQuoted(tokens, sentence))
            {
                scores[0] = float.NaN;
                continue;
            }

            var range = RangeOf(tokens, sentence);
            model.Sentence.Score(text.Original.AsSpan(range.Start, range.Length), scores);
        }

        return new ModelReading(model, text, probabilities, functionWords);
    }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _text.Sentences.Length;

    /// <summary>The index of a tag in the model, or -1 when the model does not know it.</summary>
    public int TagIndex(string? tag) => tag is null ? -1 : Model.Sentence.IndexOf(tag);

    /// <summary>The text a sentence covers.</summary>
    public TextRange Range(int sentence) => RangeOf(_text.Tokens, _text.Sentences[sentence]);

    /// <summary>The probability of a tag in a sentence (0 for sentences not scored).</summary>
    public float Probability(int sentence, int tag) => IsScored(sentence) ? _probabilities[(sentence * _tags) + tag] : 0f;

    /// <summary>Whether the model takes a sentence to carry a tag (its probability reaches the tag's threshold).</summary>
    public bool Carries(int sentence, int tag) =>
        IsScored(sentence) && _probabilities[(sentence * _tags) + tag] >= Model.Sentence.Tags[tag].Threshold;

    /// <summary>Whether a sentence has enough words for the model to judge what it does wrong.</summary>
    public bool CanJudge(int sentence) => _text.Sentences[sentence].TokenCount >= MinWordsToJudge;

    /// <summary>The highest probability of a tag over all sentences.</summary>
    public float Max(int tag)
    {
        var max = 0f;
        for (var s = 0; s < SentenceCount; s++)
        {
            max = Math.Max(max, Probability(s, tag));
        }

        return max;
    }

    /// <summary>The words of a sentence that weighed most towards a tag.</summary>
    public IReadOnlyList<string> Evidence(int sentence, int tag)
    {
        var range = Range(sentence);
        return Model.Sentence.Explain(_text.Original[range.Start..range.End], tag, EvidenceCount, word => _functionWords.Contains(word));
    }

    private bool IsScored(int sentence) => !float.IsNaN(_probabilities[sentence * _tags]);

    private static TextRange RangeOf(ReadOnlySpan<Token> tokens, Sentence sentence) =>
        new(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 1].End);

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
