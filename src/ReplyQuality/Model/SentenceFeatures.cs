using ReplyQuality.Text;

namespace ReplyQuality.Model;

/// <summary>A sparse feature vector: sorted bucket indices and their values.</summary>
/// <param name="Indices">Bucket indices, ascending.</param>
/// <param name="Values">Values, L2-normalised.</param>
internal readonly record struct SparseVector(int[] Indices, float[] Values);

/// <summary>
/// Turns a sentence into the features the sentence model reads: folded words and word pairs, and character
/// 4-grams of the folded text (which carry inflections, typos and missing accents), hashed into a fixed number of
/// buckets and L2-normalised. The same code featurises at training time and at analysis time, so the model the
/// library ships is only weights: scoring is a sparse dot product, with no ML runtime in the analysis path.
/// </summary>
internal static class SentenceFeatures
{
    /// <summary>Number of hash bits: 2^18 buckets.</summary>
    public const int Bits = 18;

    /// <summary>Number of buckets.</summary>
    public const int Size = 1 << Bits;

    private const int CharGram = 4;

    /// <summary>Featurises a sentence.</summary>
    public static SparseVector Featurize(string sentence) => Featurize(sentence, names: null);

    /// <summary>Featurises a sentence and, when <paramref name="names"/> is given, records one n-gram per bucket (for explanations).</summary>
    public static SparseVector Featurize(string sentence, Dictionary<int, string>? names)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var counts = new Dictionary<int, float>();
        var words = Words(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            Count(counts, Hash("w:", words[i], default, default), names, names is null ? null : "w:" + words[i]);
            if (i + 1 < words.Count)
            {
                Count(counts, Hash("b:", words[i], " ", words[i + 1]), names, names is null ? null : "b:" + words[i] + " " + words[i + 1]);
            }
        }

        var text = " " + string.Join(' ', words) + " ";
        for (var i = 0; i + CharGram <= text.Length; i++)
        {
            Count(counts, Hash("c:", text.AsSpan(i, CharGram), default, default), names, names is null ? null : string.Concat("c:", text.AsSpan(i, CharGram)));
        }

        var indices = new int[counts.Count];
        counts.Keys.CopyTo(indices, 0);
        Array.Sort(indices);
        var values = new float[indices.Length];
        var norm = 0.0;
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = 1 + MathF.Log(counts[indices[i]]);
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

        return new SparseVector(indices, values);
    }

    /// <summary>The folded words of a sentence (letters and digits; apostrophes kept inside words).</summary>
    public static List<string> Words(string sentence)
    {
        var folded = TextFolding.Fold(sentence);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] == '\'' && start >= 0 && i + 1 < folded.Length && char.IsLetter(folded[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static void Count(Dictionary<int, float> counts, int bucket, Dictionary<int, string>? names, string? name)
    {
        counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
        if (names is not null && name is not null)
        {
            names.TryAdd(bucket, name);
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
