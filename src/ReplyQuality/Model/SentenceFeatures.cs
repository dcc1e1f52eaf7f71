using System.Buffers;
using ReplyQuality.Text;

namespace ReplyQuality.Model;

/// <summary>A sparse feature vector: sorted bucket indices and their values.</summary>
/// <param name="Indices">Bucket indices, ascending.</param>
/// <param name="Values">Values, L2-normalised.</param>
internal readonly record struct SparseVector(int[] Indices, float[] Values);

/// <summary>
/// Turns a sentence into the features the model reads: folded words and word pairs, and character 4-grams of
/// the folded text (which carry inflections, typos and missing accents), hashed into a fixed number of buckets
/// and L2-normalised. The same code featurises at training time and at analysis time, so the model the library
/// ships is only weights: scoring is a sparse dot product, with no ML runtime in the analysis path.
/// </summary>
internal static class SentenceFeatures
{
    /// <summary>Number of hash bits: 2^18 buckets.</summary>
    public const int Bits = 18;

    /// <summary>Number of buckets.</summary>
    public const int Size = 1 << Bits;

    private const int CharGram = 4;

    /// <summary>
    /// Featurises a sentence. The hot path of the model: one folding pass into a pooled buffer, features hashed
    /// straight from spans, counted by sorting their buckets; it allocates only the result. It gives exactly the
    /// vector of the named path below (a test holds them equal).
    /// </summary>
    public static SparseVector Featurize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Featurize(sentence.AsSpan());
    }

    /// <summary>Featurises a sentence given as a span (a slice of a reply: no substring is made).</summary>
    public static SparseVector Featurize(ReadOnlySpan<char> sentence)
    {
        var capacity = MaxFeatures(sentence.Length);
        var indices = ArrayPool<int>.Shared.Rent(capacity);
        var values = ArrayPool<float>.Shared.Rent(capacity);
        try
        {
            var count = Featurize(sentence, indices, values);
            return new SparseVector(indices[..count], values[..count]);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
            ArrayPool<float>.Shared.Return(values);
        }
    }

    /// <summary>The most features a sentence of <paramref name="length"/> characters can have.</summary>
    public static int MaxFeatures(int length) => (2 * length) + 2;

    /// <summary>
    /// Featurises a sentence into the caller's buffers (at least <see cref="MaxFeatures"/> long) and returns the
    /// number of features: bucket indices ascending in <paramref name="indices"/>, their values in <paramref name="values"/>.
    /// Allocates nothing.
    /// </summary>
    public static int Featurize(ReadOnlySpan<char> sentence, Span<int> indices, Span<float> values)
    {
        var length = sentence.Length;
        var chars = ArrayPool<char>.Shared.Rent((2 * length) + 2);
        var ints = ArrayPool<int>.Shared.Rent((4 * length) + 4);
        try
        {
            var folded = chars.AsSpan(0, length);
            for (var i = 0; i < length; i++)
            {
                folded[i] = TextFolding.Fold(sentence[i]);
            }

            // Word starts and ends (folding keeps offsets, so these are offsets in the sentence too).
            var starts = ints.AsSpan(0, length + 1);
            var ends = ints.AsSpan(length + 1, length + 1);
            var words = 0;
            var start = -1;
            for (var i = 0; i <= length; i++)
            {
                var c = i < length ? folded[i] : ' ';
                var inWord = char.IsLetterOrDigit(c) || (TextFolding.IsApostrophe(c) && start >= 0 && i + 1 < length && char.IsLetter(folded[i + 1]));
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    starts[words] = start;
                    ends[words] = i;
                    words++;
                    start = -1;
                }
            }

            // " word word … " for the character n-grams.
            var joined = chars.AsSpan(length, length + 2);
            var at = 0;
            joined[at++] = ' ';
            for (var w = 0; w < words; w++)
            {
                folded[starts[w]..ends[w]].CopyTo(joined[at..]);
                at += ends[w] - starts[w];
                joined[at++] = ' ';
            }

            if (words == 0)
            {
                at = 2;
                joined[1] = ' ';
            }

            var buckets = ints.AsSpan((2 * length) + 2);
            var count = 0;
            for (var w = 0; w < words; w++)
            {
                var word = folded[starts[w]..ends[w]];
                buckets[count++] = Hash("w:", word, default, default);
                if (w + 1 < words)
                {
                    buckets[count++] = Hash("b:", word, " ", folded[starts[w + 1]..ends[w + 1]]);
                }
            }

            for (var i = 0; i + CharGram <= at; i++)
            {
                buckets[count++] = Hash("c:", joined.Slice(i, CharGram), default, default);
            }

            var features = buckets[..count];
            features.Sort();
            var distinct = 0;
            for (var i = 0; i < count; i++)
            {
                distinct += i == 0 || features[i] != features[i - 1] ? 1 : 0;
            }

            var d = -1;
            var run = 0;
            for (var i = 0; i <= count; i++)
            {
                if (i < count && i > 0 && features[i] == features[i - 1])
                {
                    run++;
                    continue;
                }

                if (d >= 0)
                {
                    values[d] = 1 + MathF.Log(run);
                }

                if (i < count)
                {
                    indices[++d] = features[i];
                    run = 1;
                }
            }

            Normalize(values[..distinct]);
            return distinct;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(ints);
        }
    }

    private static void Normalize(Span<float> values)
    {
        var norm = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            norm += values[i] * values[i];
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }
    }

    /// <summary>Featurises a sentence and records one n-gram per bucket in <paramref name="names"/> (for explanations and tests).</summary>
    public static SparseVector Featurize(string sentence, Dictionary<int, string> names)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(names);
        var counts = new Dictionary<int, float>();
        foreach (var (bucket, feature) in Features(sentence, withNames: true))
        {
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
            names.TryAdd(bucket, feature.Name!);
        }

        var indices = new int[counts.Count];
        counts.Keys.CopyTo(indices, 0);
        Array.Sort(indices);
        var values = new float[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = 1 + MathF.Log(counts[indices[i]]);
        }

        Normalize(values);
        return new SparseVector(indices, values);
    }

    /// <summary>
    /// What each word and word pair of a sentence adds to a linear score: every feature's value × weight,
    /// credited to the words of the original sentence it came from (a character 4-gram to the word it starts in).
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="weight">The weight of a bucket.</param>
    public static IEnumerable<(string Phrase, float Contribution)> Contributions(string sentence, Func<int, float> weight)
    {
        var vector = Featurize(sentence);
        var words = WordRanges(sentence);
        foreach (var (bucket, feature) in Features(sentence, withNames: false))
        {
            var at = Array.BinarySearch(vector.Indices, bucket);
            var w = weight(bucket);
            if (at < 0 || w == 0)
            {
                continue;
            }

            // The bucket's value is shared by every occurrence that hashed into it.
            var contribution = vector.Values[at] * w;
            var first = words[feature.FirstWord];
            var last = words[feature.LastWord];
            yield return (sentence[first.Start..last.End], contribution);
        }
    }

    /// <summary>The folded words of a sentence (letters and digits; apostrophes kept inside words).</summary>
    public static List<string> Words(string sentence)
    {
        var folded = TextFolding.Fold(sentence);
        return [.. WordRanges(folded).Select(r => folded[r.Start..r.End])];
    }

    // Folding maps each character to one character, so word ranges in the folded text are ranges in the original.
    private static List<TextRange> WordRanges(string text)
    {
        var ranges = new List<TextRange>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? TextFolding.Fold(text[i]) : ' ';
            var inWord = char.IsLetterOrDigit(c) || (TextFolding.IsApostrophe(c) && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                ranges.Add(new TextRange(start, i));
                start = -1;
            }
        }

        return ranges;
    }

    /// <summary>One feature occurrence: the words it came from and, when asked for, its name.</summary>
    private readonly record struct Feature(int FirstWord, int LastWord, string? Name);

    private static IEnumerable<(int Bucket, Feature Feature)> Features(string sentence, bool withNames)
    {
        var words = Words(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            yield return (Hash("w:", words[i], default, default), new Feature(i, i, withNames ? "w:" + words[i] : null));
            if (i + 1 < words.Count)
            {
                yield return (Hash("b:", words[i], " ", words[i + 1]), new Feature(i, i + 1, withNames ? "b:" + words[i] + " " + words[i + 1] : null));
            }
        }

        // Character 4-grams over " word word … ", each credited to the word its first letter belongs to.
        var text = " " + string.Join(' ', words) + " ";
        var wordOf = new int[text.Length];
        var word = 0;
        for (var i = 1; i < text.Length; i++)
        {
            wordOf[i] = Math.Min(word, words.Count - 1);
            if (text[i] == ' ')
            {
                word++;
            }
        }

        for (var i = 0; i + CharGram <= text.Length; i++)
        {
            var owner = wordOf[text[i] == ' ' ? Math.Min(i + 1, text.Length - 1) : i];
            yield return (Hash("c:", text.AsSpan(i, CharGram), default, default), new Feature(owner, owner, withNames ? string.Concat("c:", text.AsSpan(i, CharGram)) : null));
        }
    }

    // FNV-1a over the UTF-16 code units of the pieces, as if concatenated: stable across processes and platforms
    // (string.GetHashCode is not), and no string is built for a feature.
    private static int Hash(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d)
    {
        var hash = 2166136261u;
        foreach (var ch in a)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        foreach (var ch in b)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        foreach (var ch in c)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        foreach (var ch in d)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return (int)(hash & (Size - 1));
    }
}
