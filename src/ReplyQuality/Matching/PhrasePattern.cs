using System.Globalization;
using ReplyQuality.Text;

namespace ReplyQuality.Matching;

/// <summary>What one position of a phrase accepts.</summary>
internal enum PhraseAtomKind : byte
{
    /// <summary>One given word.</summary>
    Word,

    /// <summary>Any word starting with a given prefix.</summary>
    Prefix,

    /// <summary>Any one word.</summary>
    Any,

    /// <summary>A number.</summary>
    Number,

    /// <summary>
    /// A gap of zero to <see cref="PhrasePattern.MaxGap"/> words (<c>**</c>). Kept as one atom rather than expanded
    /// into four phrases, so that phrase lists with gaps stay small in memory and quick to compile.
    /// </summary>
    Gap,
}

/// <summary>One position of an expanded phrase.</summary>
internal readonly record struct PhraseAtom(PhraseAtomKind Kind, string? Text = null);

/// <summary>
/// Parses the phrase syntax of the language data files (see <c>Languages/README.md</c>):
/// words, <c>(a|b)</c> alternatives, <c>[a|b]</c> optional groups, <c>pref*</c> prefixes, <c>*</c> any word,
/// <c>**</c> a gap of zero to three words and <c>&lt;num&gt;</c> a number. A phrase expands into plain
/// sequences of atoms that the matcher stores in its word trie, so matching never backtracks.
/// </summary>
internal static class PhrasePattern
{
    /// <summary>The most sequences one line may expand to.</summary>
    public const int MaxExpansions = 10_000;

    /// <summary>The most atoms in one expanded phrase.</summary>
    public const int MaxAtoms = 16;

    /// <summary>The most words a <c>**</c> gap skips.</summary>
    public const int MaxGap = 3;

    /// <summary>The shortest prefix before a <c>*</c>.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>Expands a phrase written in the phrase syntax.</summary>
    /// <exception cref="FormatException">The phrase is not valid; the message says why.</exception>
    public static IReadOnlyList<PhraseAtom[]> Expand(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var parser = new Parser(phrase);
        var result = parser.ParseSequence(topLevel: true);

        // A trailing "*" (or "**") only asks for more words, which would then be part of every span: drop it.
        for (var i = 0; i < result.Count; i++)
        {
            var end = result[i].Length;
            while (end > 1 && result[i][end - 1].Kind is PhraseAtomKind.Any or PhraseAtomKind.Gap)
            {
                end--;
            }

            if (end < result[i].Length)
            {
                result[i] = result[i][..end];
            }
        }

        if (result.Count == 0)
        {
            throw new FormatException("the phrase is empty");
        }

        foreach (var seq in result)
        {
            if (seq.Length == 0)
            {
                throw new FormatException("an alternative of the phrase matches nothing");
            }

            if (seq[0].Kind is PhraseAtomKind.Any or PhraseAtomKind.Gap)
            {
                throw new FormatException("a phrase must start with a word, a prefix or <num>, not with * or ** (every alternative of a leading group must start with one too)");
            }

            if (seq.Length > MaxAtoms)
            {
                throw new FormatException($"the phrase is longer than {MaxAtoms} words");
            }
        }

        return result;
    }

    /// <summary>Expands a phrase to be matched literally: its words only, no syntax.</summary>
    /// <exception cref="FormatException">The phrase has no words.</exception>
    public static IReadOnlyList<PhraseAtom[]> ExpandLiteral(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = SplitWords(phrase);
        if (words.Count == 0)
        {
            throw new FormatException("the phrase has no words");
        }

        if (words.Count > MaxAtoms)
        {
            throw new FormatException($"the phrase is longer than {MaxAtoms} words");
        }

        return [[.. words.Select(w => new PhraseAtom(PhraseAtomKind.Word, w))]];
    }

    /// <summary>Splits literal text into folded words exactly as replies are split.</summary>
    public static List<string> SplitWords(string text)
    {
        var parsed = ReplyText.Parse(text, static _ => false);
        var words = new List<string>(parsed.Tokens.Length);
        foreach (ref readonly var t in parsed.Tokens)
        {
            words.Add(parsed.Word(in t).ToString());
        }

        return words;
    }

    private sealed class Parser(string text)
    {
        private int _pos;

        public List<PhraseAtom[]> ParseSequence(bool topLevel)
        {
            List<PhraseAtom[]> acc = [[]];
            while (true)
            {
                SkipSpaces();
                if (_pos >= text.Length)
                {
                    if (!topLevel)
                    {
                        throw new FormatException("a group is not closed");
                    }

                    return acc;
                }

                var c = text[_pos];
                if (c is '|' or ')' or ']')
                {
                    if (topLevel)
                    {
                        throw new FormatException($"unexpected '{c}' at position {_pos + 1}");
                    }

                    return acc;
                }

                List<PhraseAtom[]> item;
                if (c is '(' or '[')
                {
                    _pos++;
                    item = ParseAlternatives(c == '(' ? ')' : ']');
                    if (c == '[')
                    {
                        item.Insert(0, []);
                    }
                }
                else
                {
                    item = ParseWord();
                }

                acc = Product(acc, item);
            }
        }

        private List<PhraseAtom[]> ParseAlternatives(char close)
        {
            var alternatives = new List<PhraseAtom[]>();
            while (true)
            {
                alternatives.AddRange(ParseSequence(topLevel: false));
                if (alternatives.Count > MaxExpansions)
                {
                    throw new FormatException($"the phrase expands to more than {MaxExpansions} phrases");
                }

                var c = text[_pos];
                _pos++;
                if (c == '|')
                {
                    continue;
                }

                if (c != close)
                {
                    throw new FormatException($"'{c}' closes a group opened with '{(close == ')' ? '(' : '[')}'");
                }

                return alternatives;
            }
        }

        private List<PhraseAtom[]> ParseWord()
        {
            var start = _pos;
            while (_pos < text.Length && !char.IsWhiteSpace(text[_pos]) && text[_pos] is not ('(' or ')' or '[' or ']' or '|'))
            {
                _pos++;
            }

            var raw = text[start.._pos];
            switch (raw)
            {
                case "*":
                    return [[new PhraseAtom(PhraseAtomKind.Any)]];
                case "**":
                    return [[new PhraseAtom(PhraseAtomKind.Gap)]];
                case "<num>":
                    return [[new PhraseAtom(PhraseAtomKind.Number)]];
            }

            if (raw.EndsWith('*'))
            {
                var words = SplitWords(raw[..^1]);
                if (words.Count != 1 || words[0].Length < MinPrefixLength)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{raw}': a prefix needs at least {MinPrefixLength} letters before '*' and no spaces or punctuation"));
                }

                return [[new PhraseAtom(PhraseAtomKind.Prefix, words[0])]];
            }

            var literal = SplitWords(raw);
            return [[.. literal.Select(w => new PhraseAtom(PhraseAtomKind.Word, w))]];
        }

        private void SkipSpaces()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        private static List<PhraseAtom[]> Product(List<PhraseAtom[]> left, List<PhraseAtom[]> right)
        {
            if ((long)left.Count * right.Count > MaxExpansions)
            {
                throw new FormatException($"the phrase expands to more than {MaxExpansions} phrases");
            }

            var result = new List<PhraseAtom[]>(left.Count * right.Count);
            foreach (var l in left)
            {
                foreach (var r in right)
                {
                    result.Add([.. l, .. r]);
                }
            }

            return result;
        }
    }
}
