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

    /// <summary>Featurises a sentence.</summary>
    public static SparseVector Featurize(string sentence) => Featurize(sentence, names: null);

    /// <summary>Featurises a sentence and, when <paramref name="names"/> is given, records one n-gram per bucket.</summary>
    public static SparseVector Featurize(string sentence, Dictionary<int, string>? names)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var counts = new Dictionary<int, float>();
        foreach (var (bucket, feature) in Features(sentence, names is not null))
        {
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
            if (names is not null)
            {
                names.TryAdd(bucket, feature.Name!);
            }
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
