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
/// Finds every phrase of many phrase lists in one pass over a reply's words. Phrases live in a graph over word ids
/// (with edges for prefixes, any word, numbers and gaps of up to three words): phrases that begin alike share states
/// as in a trie, and the alternatives of a group meet again in one state, so the graph grows with the length of the
/// phrases, not with the number of word sequences they stand for. From each word the matcher walks the graph at most
/// <see cref="PhrasePattern.MaxAtoms"/> atoms deep, so the cost is linear in the length of the reply whatever it
/// contains. Immutable once built and safe to share between threads.
/// </summary>
internal sealed class PhraseMatcher
{
    // The walk's work stack and visited states, reused by each thread so that matching allocates nothing but its results.
    [ThreadStatic]
    private static WalkState? t_state;

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
        var state = t_state ??= new WalkState();
        foreach (var sentence in text.Sentences)
        {
            for (var start = sentence.FirstToken; start < sentence.EndToken; start++)
            {
                Walk(text, tokens, start, sentence.EndToken, state, results);
            }
        }
    }


    private void Walk(ReplyText text, Span<Token> tokens, int start, int end, WalkState state, List<PhraseMatch> results)
    {
        var firstResult = results.Count;
        state.BeginWalk();
        state.Push(_root, start);
        while (state.TryPop(out var node, out var at))
        {
            if (node.Sections is { } sections && at > start)
            {
                foreach (var s in sections)
                {
                    AddOnce(results, firstResult, new PhraseMatch(s, start, at));
                }
            }

            if (at >= end)
            {
                continue;
            }

            ref readonly var token = ref tokens[at];
            if (token.WordId >= 0)
            {
                foreach (var next in node.WordChildren(token.WordId))
                {
                    state.Push(next, at + 1);
                }
            }

            if (node.Any is { } any)
            {
                foreach (var next in any)
                {
                    state.Push(next, at + 1);
                }
            }

            if (node.Gap is { } gap)
            {
                foreach (var next in gap)
                {
                    for (var skip = 0; skip <= PhrasePattern.MaxGap && at + skip < end; skip++)
                    {
                        state.Push(next, at + skip);
                    }
                }
            }

            if (node.Number is { } number && token.Has(TokenFlags.Number))
            {
                foreach (var next in number)
                {
                    state.Push(next, at + 1);
                }
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
                            state.Push(target, at + 1);
                        }
                    }
                }
            }
        }
    }

    // Two ways through one phrase's groups can cover the same words ("[very] [very] sorry"); report the match once.
    private static void AddOnce(List<PhraseMatch> results, int firstOfWalk, PhraseMatch match)
    {
        var found = CollectionsMarshal.AsSpan(results)[firstOfWalk..];
        if (!found.Contains(match))
        {
            results.Add(match);
        }
    }

    /// <summary>
    /// One thread's walk: the stack of (state, word position) still to explore, and which of the states that can be
    /// reached twice at one position (where groups meet again, or after a gap) the walk has already been to there.
    /// Without that, a phrase such as <c>(a|a a) (a|a a) …</c> or <c>a ** ** ** b</c> would explore the same state
    /// once per way of reaching it — exponentially many on hostile text; with it, the work per word is bounded by the
    /// size of the graph. The visited set is an open-addressing table whose entries are valid for one walk (a
    /// generation stamp), so starting a walk clears nothing.
    /// </summary>
    private sealed class WalkState
    {
        private Frame[] _stack = new Frame[64];
        private int _depth;
        private long[] _keys = new long[256];
        private int[] _stamps = new int[256];
        private int _count;
        private int _generation;

        public void BeginWalk()
        {
            _depth = 0;
            _count = 0;
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_stamps);
                _generation = 1;
            }
        }

        public void Push(Node node, int at)
        {
            if (node.RevisitId >= 0 && !Visit(((long)node.RevisitId << 32) | (uint)at))
            {
                return;
            }

            if (_depth == _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            _stack[_depth++] = new Frame(node, at);
        }

        public bool TryPop(out Node node, out int at)
        {
            if (_depth == 0)
            {
                node = null!;
                at = 0;
                return false;
            }

            (node, at) = _stack[--_depth];
            return true;
        }

        // Adds a key to this walk's set; false when it was already there.
        private bool Visit(long key)
        {
            if ((_count + 1) * 2 > _keys.Length)
            {
                Grow();
            }

            var mask = _keys.Length - 1;
            for (var i = (int)((ulong)(key * -7046029254386353131L) >> 40) & mask; ; i = (i + 1) & mask)
            {
                if (_stamps[i] != _generation)
                {
                    _stamps[i] = _generation;
                    _keys[i] = key;
                    _count++;
                    return true;
                }

                if (_keys[i] == key)
                {
                    return false;
                }
            }
        }

        private readonly record struct Frame(Node Node, int At);

        private void Grow()
        {
            var (keys, stamps, generation) = (_keys, _stamps, _generation);
            _keys = new long[keys.Length * 2];
            _stamps = new int[keys.Length * 2];
            _count = 0;
            for (var i = 0; i < keys.Length; i++)
            {
                if (stamps[i] == generation)
                {
                    Visit(keys[i]);
                }
            }
        }
    }

    /// <summary>
    /// A state of the word graph. Phrases that begin alike share their first states, as in a trie; the alternatives of
    /// a group meet again in one state, so a phrase's groups are never multiplied out. A state may therefore have
    /// several edges for one word, and the walk follows them all.
    /// </summary>
    private sealed class Node
    {
        // Word edges as parallel arrays sorted by word id: most nodes have one or two children, and a dictionary
        // per node would cost several times the memory of the graph itself.
        private int[]? _wordKeys;
        private Node[]? _wordChildren;
        private int _wordCount;
        public Node[]? Any;
        public Node[]? Gap;
        public Node[]? Number;
        public Dictionary<string, List<(string Prefix, Node Next)>>.AlternateLookup<ReadOnlySpan<char>>? Prefixes;
        public Dictionary<string, List<(string Prefix, Node Next)>>? PrefixTable;
        public int[]? Sections;

        /// <summary>Number of edges into this state (used while building: a state with one way in may be shared).</summary>
        public int Incoming;

        /// <summary>
        /// For a state the walk may reach twice at one position (entered from several states, or by a gap), its index
        /// in the walk's visited set; -1 for the others, which are reached at most once per position by construction.
        /// </summary>
        public int RevisitId = -1;

        /// <summary>The states reached by a word.</summary>
        public ReadOnlySpan<Node> WordChildren(int wordId)
        {
            var keys = _wordKeys;
            if (keys is null)
            {
                return default;
            }

            var i = Array.BinarySearch(keys, 0, _wordCount, wordId);
            if (i < 0)
            {
                return default;
            }

            var first = i;
            while (first > 0 && keys[first - 1] == wordId)
            {
                first--;
            }

            var last = i;
            while (last + 1 < _wordCount && keys[last + 1] == wordId)
            {
                last++;
            }

            return _wordChildren.AsSpan(first, last - first + 1);
        }

        /// <summary>Adds an edge for a word (several edges may share a word).</summary>
        public void AddWord(int wordId, Node child)
        {
            _wordKeys ??= new int[1];
            _wordChildren ??= new Node[1];
            var i = Array.BinarySearch(_wordKeys, 0, _wordCount, wordId);
            i = i >= 0 ? i : ~i;
            if (_wordCount == _wordKeys.Length)
            {
                Array.Resize(ref _wordKeys, _wordCount * 2);
                Array.Resize(ref _wordChildren, _wordCount * 2);
            }

            Array.Copy(_wordKeys, i, _wordKeys, i + 1, _wordCount - i);
            Array.Copy(_wordChildren, i, _wordChildren, i + 1, _wordCount - i);
            _wordKeys[i] = wordId;
            _wordChildren[i] = child;
            _wordCount++;
        }

        /// <summary>The prefix edges that start with the same letters as <paramref name="prefix"/>, created when missing.</summary>
        public List<(string Prefix, Node Next)> PrefixEdges(string prefix)
        {
            if (PrefixTable is null)
            {
                PrefixTable = new Dictionary<string, List<(string, Node)>>(StringComparer.Ordinal);
                Prefixes = PrefixTable.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            var key = prefix[..PhrasePattern.MinPrefixLength];
            if (!PrefixTable.TryGetValue(key, out var list))
            {
                list = [];
                PrefixTable.Add(key, list);
            }

            return list;
        }
    }

    /// <summary>Collects phrases, then builds an immutable <see cref="PhraseMatcher"/>.</summary>
    public sealed class Builder
    {
        private readonly Node _root = new();
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);

        // The edges the phrase being added walks or creates, in the order it does (each state's ways in come before
        // its ways out), to find where the phrase may end.
        private readonly List<(Node From, PhraseAtom Atom, Node To)> _walked = [];
        private int _revisitable;

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

        /// <summary>Adds a parsed phrase (see <see cref="PhrasePattern"/>) to a phrase list.</summary>
        public void Add(PhrasePart phrase, int section)
        {
            _walked.Clear();
            var ends = Compile(phrase, [_root]);
            foreach (var node in MatchEnds(ends))
            {
                if (node.Sections is null)
                {
                    node.Sections = [section];
                }
                else if (Array.IndexOf(node.Sections, section) < 0)
                {
                    node.Sections = [.. node.Sections, section];
                }
            }
        }

        /// <summary>Builds the matcher. The builder must not be used afterwards.</summary>
        public PhraseMatcher Build() => new(_root, _vocabulary);

        // The states reached after the phrase, as a set in the order found.
        private List<Node> Compile(PhrasePart part, List<Node> from)
        {
            switch (part)
            {
                case PhraseAtomPart a:
                    return [Step(from, a.Atom)];
                case PhraseSequence s:
                    foreach (var p in s.Parts)
                    {
                        from = Compile(p, from);
                    }

                    return from;
                case PhraseChoice c:
                    var ends = new List<Node>();
                    foreach (var alternative in c.Alternatives)
                    {
                        foreach (var node in Compile(alternative, from))
                        {
                            if (!ends.Contains(node))
                            {
                                ends.Add(node);
                            }
                        }
                    }

                    return ends;
                default:
                    throw new InvalidOperationException("unknown phrase part");
            }
        }

        // One atom from a set of states. From a single state, an existing edge for the same atom into a state with
        // no other way in is shared (what reaches that state is exactly what reaches this one plus the atom);
        // otherwise a new state is made, entered from every state of the set.
        private Node Step(List<Node> from, PhraseAtom atom)
        {
            if (from.Count == 1 && SharedChild(from[0], atom) is { } shared)
            {
                _walked.Add((from[0], atom, shared));
                return shared;
            }

            var next = new Node();
            if (from.Count > 1 || atom.Kind == PhraseAtomKind.Gap)
            {
                next.RevisitId = _revisitable++;
            }

            foreach (var node in from)
            {
                AddEdge(node, atom, next);
                next.Incoming++;
                _walked.Add((node, atom, next));
            }

            return next;
        }

        private Node? SharedChild(Node node, PhraseAtom atom)
        {
            switch (atom.Kind)
            {
                case PhraseAtomKind.Word:
                    var id = AddWord(atom.Text!);
                    foreach (var child in node.WordChildren(id))
                    {
                        if (child.Incoming == 1)
                        {
                            return child;
                        }
                    }

                    return null;
                case PhraseAtomKind.Prefix:
                    foreach (var (prefix, child) in node.PrefixEdges(atom.Text!))
                    {
                        if (prefix == atom.Text && child.Incoming == 1)
                        {
                            return child;
                        }
                    }

                    return null;
                default:
                    return Array.Find(Targets(node, atom.Kind) ?? [], static c => c.Incoming == 1);
            }
        }

        private void AddEdge(Node node, PhraseAtom atom, Node child)
        {
            switch (atom.Kind)
            {
                case PhraseAtomKind.Word:
                    node.AddWord(AddWord(atom.Text!), child);
                    break;
                case PhraseAtomKind.Prefix:
                    node.PrefixEdges(atom.Text!).Add((atom.Text!, child));
                    break;
                case PhraseAtomKind.Any:
                    node.Any = [.. node.Any ?? [], child];
                    break;
                case PhraseAtomKind.Gap:
                    node.Gap = [.. node.Gap ?? [], child];
                    break;
                case PhraseAtomKind.Number:
                    node.Number = [.. node.Number ?? [], child];
                    break;
                default:
                    throw new InvalidOperationException("unknown atom");
            }
        }

        private static Node[]? Targets(Node node, PhraseAtomKind kind) => kind switch
        {
            PhraseAtomKind.Any => node.Any,
            PhraseAtomKind.Gap => node.Gap,
            PhraseAtomKind.Number => node.Number,
            _ => throw new InvalidOperationException("not a wildcard or number atom"),
        };

        // Where the phrase's matches end. A match never ends on trailing * or ** (they would only stretch the span), so
        // it ends at a state entered by a word, prefix or number from which wildcards alone lead to the phrase's end.
        private HashSet<Node> MatchEnds(List<Node> ends)
        {
            var reachEnd = new HashSet<Node>(ends, ReferenceEqualityComparer.Instance);
            for (var i = _walked.Count - 1; i >= 0; i--)
            {
                var (from, atom, to) = _walked[i];
                if (atom.IsWildcard && reachEnd.Contains(to))
                {
                    reachEnd.Add(from);
                }
            }

            var result = new HashSet<Node>(ReferenceEqualityComparer.Instance);
            foreach (var (_, atom, to) in _walked)
            {
                if (!atom.IsWildcard && reachEnd.Contains(to))
                {
                    result.Add(to);
                }
            }

            return result;
        }
    }
}
