using System.Buffers;

namespace ReplyQuality.Model;

/// <summary>
/// A group of tag classifiers over the same features (the sentence tags, or the kinds of customer message),
/// indexed so that one pass over a sentence's features scores every tag: each feature bucket points at the
/// (tag, weight) pairs that use it. Immutable and safe to share between threads.
/// </summary>
internal sealed class TagSet
{
    private readonly int[] _rowOfBucket;   // bucket → row + 1 (0: no tag uses the bucket)
    private readonly int[] _rowStart;      // row → first entry; the row's entries end where the next row starts
    private readonly byte[] _entryTag;
    private readonly float[] _entryWeight;

    public TagSet(IReadOnlyList<TagClassifier> tags)
    {
        if (tags.Count > byte.MaxValue)
        {
            throw new ArgumentException($"At most {byte.MaxValue} tags per set.", nameof(tags));
        }

        Tags = tags;
        var buckets = new SortedDictionary<int, List<(byte Tag, float Weight)>>();
        for (var t = 0; t < tags.Count; t++)
        {
            for (var i = 0; i < tags[t].Indices.Length; i++)
            {
                if (!buckets.TryGetValue(tags[t].Indices[i], out var row))
                {
                    buckets[tags[t].Indices[i]] = row = [];
                }

                row.Add(((byte)t, tags[t].Weights[i]));
            }
        }

        _rowOfBucket = buckets.Count == 0 ? [] : new int[SentenceFeatures.Size];
        _rowStart = new int[buckets.Count + 1];
        var entries = buckets.Values.Sum(r => r.Count);
        _entryTag = new byte[entries];
        _entryWeight = new float[entries];
        var rowIndex = 0;
        var entry = 0;
        foreach (var (bucket, row) in buckets)
        {
            _rowOfBucket[bucket] = rowIndex + 1;
            _rowStart[rowIndex] = entry;
            foreach (var (tag, weight) in row)
            {
                _entryTag[entry] = tag;
                _entryWeight[entry] = weight;
                entry++;
            }

            rowIndex++;
        }

        _rowStart[rowIndex] = entry;
    }

    /// <summary>The classifiers, in order.</summary>
    public IReadOnlyList<TagClassifier> Tags { get; }

    /// <summary>The index of a tag, or -1.</summary>
    public int IndexOf(string tag)
    {
        for (var i = 0; i < Tags.Count; i++)
        {
            if (Tags[i].Name == tag)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The calibrated probability of every tag for a featurised sentence, in <see cref="Tags"/> order.</summary>
    public void Score(SparseVector vector, Span<float> probabilities) => Score(vector.Indices, vector.Values, probabilities);

    /// <summary>
    /// Featurises a sentence and writes the calibrated probability of every tag, in <see cref="Tags"/> order: the
    /// model's hot path, with the features in pooled buffers (allocates nothing).
    /// </summary>
    public void Score(ReadOnlySpan<char> sentence, Span<float> probabilities)
    {
        var capacity = SentenceFeatures.MaxFeatures(sentence.Length);
        var indices = ArrayPool<int>.Shared.Rent(capacity);
        var values = ArrayPool<float>.Shared.Rent(capacity);
        try
        {
            var count = SentenceFeatures.Featurize(sentence, indices, values);
            Score(indices.AsSpan(0, count), values.AsSpan(0, count), probabilities);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
            ArrayPool<float>.Shared.Return(values);
        }
    }

    private void Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> probabilities)
    {
        if (probabilities.Length < Tags.Count)
        {
            throw new ArgumentException("The span is shorter than the number of tags.", nameof(probabilities));
        }

        for (var t = 0; t < Tags.Count; t++)
        {
            probabilities[t] = Tags[t].Bias;
        }

        if (_rowOfBucket.Length > 0)
        {
            for (var i = 0; i < indices.Length; i++)
            {
                var row = _rowOfBucket[indices[i]] - 1;
                if (row < 0)
                {
                    continue;
                }

                var value = values[i];
                for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
                {
                    probabilities[_entryTag[e]] += value * _entryWeight[e];
                }
            }
        }

        for (var t = 0; t < Tags.Count; t++)
        {
            probabilities[t] = Tags[t].Calibrate(probabilities[t]);
        }
    }

    /// <summary>The probabilities of every tag for a featurised sentence, in <see cref="Tags"/> order.</summary>
    public float[] Score(SparseVector vector)
    {
        var result = new float[Tags.Count];
        Score(vector, result);
        return result;
    }

    /// <summary>
    /// The words and word pairs of a sentence that pushed one tag's score up the most, strongest first: each
    /// feature's contribution (value × weight) is credited to the words it came from (a character 4-gram to the
    /// word it lies in), and word pairs compete with single words.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="tag">The tag's index.</param>
    /// <param name="count">How many words or pairs to return at most.</param>
    /// <param name="isFunctionWord">Whether a folded word is a function word ("the", "del"): never quoted alone.</param>
    public IReadOnlyList<string> Explain(string sentence, int tag, int count, Func<string, bool>? isFunctionWord = null)
    {
        var classifier = Tags[tag];
        var candidates = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (phrase, contribution) in SentenceFeatures.Contributions(sentence, classifier.Weight))
        {
            candidates[phrase] = candidates.GetValueOrDefault(phrase) + contribution;
        }

        var chosen = new List<string>(count);
        foreach (var (phrase, contribution) in candidates.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            if (chosen.Count == count || contribution <= 0)
            {
                break;
            }

            // Function words alone ("the", "es del") say nothing; a word already inside a chosen pair (or a pair around a chosen word)
            // adds nothing.
            if (isFunctionWord is not null && Array.TrueForAll(Text.TextFolding.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries), isFunctionWord.Invoke))
            {
                continue;
            }

            if (!chosen.Exists(c => ContainsWord(c, phrase) || ContainsWord(phrase, c)))
            {
                chosen.Add(phrase);
            }
        }

        return chosen;
    }

    private static bool ContainsWord(string phrase, string word) =>
        phrase == word || phrase.StartsWith(word + " ", StringComparison.Ordinal) || phrase.EndsWith(" " + word, StringComparison.Ordinal);
}
