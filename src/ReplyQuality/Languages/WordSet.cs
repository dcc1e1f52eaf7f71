namespace ReplyQuality.Languages;

/// <summary>An immutable set of folded words that can be queried with a span, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a set from folded words.</summary>
    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty set.</summary>
    public static WordSet Empty { get; } = new([]);

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The words.</summary>
    public IEnumerable<string> Words => _words;
}
