using System.Runtime.InteropServices;
using ReplyQuality.Text;

namespace ReplyQuality.Matching;

/// <summary>A phrase found in a reply: which phrase list it belongs to and which tokens it covers.</summary>
/// <param name="Section">Index of the phrase list (see <see cref="PhraseMatcher"/>'s builder).</param>
/// <param name="FirstToken">First token of the match.</param>
/// <param name="EndToken">One past the last token of the match.</param>
internal readonly record struct PhraseMatch(int Section, int FirstToken, int EndToken)
{
    /// <summary>Whether two matches share a token.</summary>
    public bool Overlaps(PhraseMatch other) => FirstToken < other.EndToken && other.FirstToken < EndToken;
}

/// <summary>
/// Finds every phrase of many phrase lists in one pass over a reply's words. Phrases live in a trie over
/// word ids (with edges for prefixes, any word, numbers and gaps of up to three words); from each word the matcher walks the trie at
/// most <see cref="PhrasePattern.MaxAtoms"/> words deep, so the cost is linear in the length of the reply
/// whatever it contains. Immutable once built and safe to share between threads.
/// </summary>
internal sealed class PhraseMatcher
{
    // The walk's work stack, reused by each thread so that matching allocates nothing but its results.
    [ThreadStatic]
    private static Frame[]? t_stack;

    private readonly Node _root;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PhraseMatcher(Node root, Dictionary<string, int> vocabulary)
    {
        _root = root;
        _vocabulary = vocabulary;
        _lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct words the phrases use.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>The id of a folded word, or -1 when no phrase uses it.</summary>
    public int WordId(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var id) ? id : -1;

    /// <summary>Adds every match found in the tokens of <paramref name="text"/> to <paramref name="results"/>.</summary>
    /// <remarks>Token word ids must come from this matcher (<see cref="ReplyText.AssignWordIds"/> with <see cref="WordId"/>).</remarks>
    public void FindAll(ReplyText text, List<PhraseMatch> results)
    {
        var tokens = text.Tokens;
        var stack = t_stack ??= new Frame[64];
        foreach (var sentence in text.Sentences)
        {
            for (var start = sentence.FirstToken; start < sentence.EndToken; start++)
            {
                Walk(text, tokens, start, sentence.EndToken, ref stack, results);
            }
        }

        t_stack = stack;
    }

    private void Walk(ReplyText text, Span<Token> tokens, int start, int end, ref Frame[] stack, List<PhraseMatch> results)
    {
        var depth = 0;
        stack[depth++] = new Frame(_root, start);
        while (depth > 0)
        {
            var (node, at) = stack[--depth];
            if (node.Sections is { } sections && at > start)
            {
                foreach (var s in sections)
                {
                    results.Add(new PhraseMatch(s, start, at));
                }
            }

            if (at >= end)
            {
                continue;
            }

            ref readonly var token = ref tokens[at];
            if (token.WordId >= 0 && node.FindWord(token.WordId) is { } next)
            {
                Push(ref stack, ref depth, next, at + 1);
            }

            if (node.Any is { } any)
            {
                Push(ref stack, ref depth, any, at + 1);
            }

            if (node.Gap is { } gap)
            {
                for (var skip = 0; skip <= PhrasePattern.MaxGap && at + skip < end; skip++)
                {
                    Push(ref stack, ref depth, gap, at + skip);
                }
            }

            if (node.Number is { } number && token.Has(TokenFlags.Number))
            {
                Push(ref stack, ref depth, number, at + 1);
            }

            if (node.Prefixes is { } prefixes)
            {
                var word = text.Word(in token);
                if (word.Length >= PhrasePattern.MinPrefixLength && prefixes.TryGetValue(word[..PhrasePattern.MinPrefixLength], out var candidates))
                {
                    foreach (var (prefix, target) in candidates)
                    {
                        if (word.StartsWith(prefix, StringComparison.Ordinal))
                        {
                            Push(ref stack, ref depth, target, at + 1);
                        }
                    }
                }
            }
        }
    }

    private static void Push(ref Frame[] stack, ref int depth, Node node, int at)
    {
        if (depth == stack.Length)
        {
            Array.Resize(ref stack, stack.Length * 2);
        }

        stack[depth++] = new Frame(node, at);
    }

    private readonly record struct Frame(Node Node, int At);

    private sealed class Node
    {
        // Word edges as parallel arrays sorted by word id: most nodes have one or two children, and a dictionary
        // per node would cost several times the memory of the trie itself.
        private int[]? _wordKeys;
        private Node[]? _wordChildren;
        private int _wordCount;
        public Node? Any;
        public Node? Gap;
        public Node? Number;
        public Dictionary<string, List<(string Prefix, Node Next)>>.AlternateLookup<ReadOnlySpan<char>>? Prefixes;
        public Dictionary<string, List<(string Prefix, Node Next)>>? PrefixTable;
        public int[]? Sections;

        /// <summary>The child reached by a word, if any.</summary>
        public Node? FindWord(int wordId)
        {
            var keys = _wordKeys;
            if (keys is null)
            {
                return null;
            }

            var i = Array.BinarySearch(keys, 0, _wordCount, wordId);
            return i >= 0 ? _wordChildren![i] : null;
        }

        /// <summary>The child reached by a word, created when missing.</summary>
        public Node AddWord(int wordId)
        {
            _wordKeys ??= new int[1];
            _wordChildren ??= new Node[1];
            var i = Array.BinarySearch(_wordKeys, 0, _wordCount, wordId);
            if (i >= 0)
            {
                return _wordChildren[i];
            }

            i = ~i;
            if (_wordCount == _wordKeys.Length)
            {
                Array.Resize(ref _wordKeys, _wordCount * 2);
                Array.Resize(ref _wordChildren, _wordCount * 2);
            }

            Array.Copy(_wordKeys, i, _wordKeys, i + 1, _wordCount - i);
            Array.Copy(_wordChildren, i, _wordChildren, i + 1, _wordCount - i);
            var child = new Node();
            _wordKeys[i] = wordId;
            _wordChildren[i] = child;
            _wordCount++;
            return child;
        }
    }

    /// <summary>Collects phrases, then builds an immutable <see cref="PhraseMatcher"/>.</summary>
    public sealed class Builder
    {
        private readonly Node _root = new();
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);

        /// <summary>Number of expanded phrases added.</summary>
        public int PhraseCount { get; private set; }

        /// <summary>Makes sure a word has an id (for words that rules look up outside phrases, such as negators).</summary>
        public int AddWord(string word)
        {
            if (!_vocabulary.TryGetValue(word, out var id))
            {
                id = _vocabulary.Count;
                _vocabulary.Add(word, id);
            }

            return id;
        }

        /// <summary>Adds the expansions of a phrase to a phrase list.</summary>
        public void Add(IReadOnlyList<PhraseAtom[]> expansions, int section)
        {
            foreach (var atoms in expansions)
            {
                var node = _root;
                foreach (var atom in atoms)
                {
                    node = atom.Kind switch
                    {
                        PhraseAtomKind.Word => node.AddWord(AddWord(atom.Text!)),
                        PhraseAtomKind.Prefix => PrefixChild(node, atom.Text!),
                        PhraseAtomKind.Any => node.Any ??= new Node(),
                        PhraseAtomKind.Gap => node.Gap ??= new Node(),
                        PhraseAtomKind.Number => node.Number ??= new Node(),
                        _ => throw new InvalidOperationException("unknown atom"),
                    };
                }

                if (node.Sections is null)
                {
                    node.Sections = [section];
                }
                else if (Array.IndexOf(node.Sections, section) < 0)
                {
                    node.Sections = [.. node.Sections, section];
                }

                PhraseCount++;
            }
        }

        /// <summary>Builds the matcher. The builder must not be used afterwards.</summary>
        public PhraseMatcher Build() => new(_root, _vocabulary);

        private static Node PrefixChild(Node node, string prefix)
        {
            if (node.PrefixTable is null)
            {
                node.PrefixTable = new Dictionary<string, List<(string, Node)>>(StringComparer.Ordinal);
                node.Prefixes = node.PrefixTable.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            var key = prefix[..PhrasePattern.MinPrefixLength];
            if (!node.PrefixTable.TryGetValue(key, out var list))
            {
                list = [];
                node.PrefixTable.Add(key, list);
            }

            foreach (var (p, existing) in list)
            {
                if (p == prefix)
                {
                    return existing;
                }
            }

            var child = new Node();
            list.Add((prefix, child));
            return child;
        }
    }
}
