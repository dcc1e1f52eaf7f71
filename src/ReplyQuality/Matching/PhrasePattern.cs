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

    /// <summary>A gap of zero to <see cref="PhrasePattern.MaxGap"/> words (<c>**</c>).</summary>
    Gap,
}

/// <summary>One position of a phrase.</summary>
internal readonly record struct PhraseAtom(PhraseAtomKind Kind, string? Text = null)
{
    /// <summary>Whether the atom stands for any word(s) rather than for given text (<c>*</c> and <c>**</c>).</summary>
    public bool IsWildcard => Kind is PhraseAtomKind.Any or PhraseAtomKind.Gap;
}

/// <summary>A parsed phrase: atoms in sequences and choices, as written (alternatives are not multiplied out).</summary>
internal abstract record PhrasePart;

/// <summary>One atom.</summary>
internal sealed record PhraseAtomPart(PhraseAtom Atom) : PhrasePart;

/// <summary>Parts one after another; no parts matches the empty sequence.</summary>
internal sealed record PhraseSequence(PhrasePart[] Parts) : PhrasePart;

/// <summary>Any one of several alternatives (an optional group has an empty alternative).</summary>
internal sealed record PhraseChoice(PhrasePart[] Alternatives) : PhrasePart;

/// <summary>
/// Parses the phrase syntax of the language data files (see <c>Languages/README.md</c>):
/// words, <c>(a|b)</c> alternatives, <c>[a|b]</c> optional groups, <c>pref*</c> prefixes, <c>*</c> any word,
/// <c>**</c> a gap of zero to three words and <c>&lt;num&gt;</c> a number. The parsed phrase keeps its groups:
/// the matcher compiles it into a word graph whose size grows with the length of the phrase, not with the number
/// of word sequences it stands for, and matching never backtracks.
/// </summary>
internal static class PhrasePattern
{
    /// <summary>The most word sequences one line may stand for.</summary>
    public const int MaxExpansions = 10_000;

    /// <summary>The most atoms in one word sequence of a phrase.</summary>
    public const int MaxAtoms = 16;

    /// <summary>The most words a <c>**</c> gap skips.</summary>
    public const int MaxGap = 3;

    /// <summary>The shortest prefix before a <c>*</c>.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>Parses and checks a phrase written in the phrase syntax.</summary>
    /// <exception cref="FormatException">The phrase is not valid; the message says why.</exception>
    public static PhrasePart Parse(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var parsed = new Parser(phrase).ParseSequence(topLevel: true);
        Check(parsed);
        return parsed;
    }

    /// <summary>Parses a phrase to be matched literally: its words only, no syntax.</summary>
    /// <exception cref="FormatException">The phrase has no words.</exception>
    public static PhrasePart ParseLiteral(string phrase)
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

        return Words(words);
    }

    /// <summary>Splits literal text into folded words exactly as replies are split.</summary>
    public static List<string> SplitWords(string text)
    {
        using var parsed = ReplyText.Parse(text, static _ => false);
        var words = new List<string>(parsed.Tokens.Length);
        foreach (ref readonly var t in parsed.Tokens)
        {
            words.Add(parsed.Word(in t).ToString());
        }

        return words;
    }

    private static PhraseSequence Words(List<string> words) =>
        new([.. words.Select(w => new PhraseAtomPart(new PhraseAtom(PhraseAtomKind.Word, w)))]);

    // The checks are those of the phrase's word sequences, computed on its groups without listing the sequences.
    private static void Check(PhrasePart phrase)
    {
        if (Expansions(phrase) > MaxExpansions)
        {
            throw new FormatException($"the phrase expands to more than {MaxExpansions} phrases");
        }

        var shape = Shape.Of(phrase);
        if (shape.CanBeEmpty)
        {
            throw new FormatException(shape.MaxLength == 0 ? "the phrase is empty" : "an alternative of the phrase matches nothing");
        }

        if (StartsWithWildcard(phrase))
        {
            throw new FormatException("a phrase must start with a word, a prefix or <num>, not with * or ** (every alternative of a leading group must start with one too)");
        }

        if (shape.MaxTrimmedLength > MaxAtoms)
        {
            throw new FormatException($"the phrase is longer than {MaxAtoms} words");
        }
    }

    private static long Expansions(PhrasePart part) => part switch
    {
        PhraseAtomPart => 1,
        PhraseSequence s => s.Parts.Aggregate(1L, (n, p) => Math.Min(n * Expansions(p), MaxExpansions + 1L)),
        PhraseChoice c => Math.Min(c.Alternatives.Sum(Expansions), MaxExpansions + 1L),
        _ => throw new InvalidOperationException("unknown phrase part"),
    };

    // Whether some word sequence of the part starts with * or ** (a sequence may reach into later parts when the
    // first ones can be empty, which the caller handles by walking on while parts can be empty).
    private static bool StartsWithWildcard(PhrasePart part) => part switch
    {
        PhraseAtomPart a => a.Atom.IsWildcard,
        PhraseSequence s => SequenceStartsWithWildcard(s.Parts),
        PhraseChoice c => c.Alternatives.Any(StartsWithWildcard),
        _ => throw new InvalidOperationException("unknown phrase part"),
    };

    private static bool SequenceStartsWithWildcard(PhrasePart[] parts)
    {
        foreach (var part in parts)
        {
            if (StartsWithWildcard(part))
            {
                return true;
            }

            if (!Shape.Of(part).CanBeEmpty)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Lengths of a part's word sequences. A match never ends on a trailing <c>*</c> or <c>**</c> (it would only make
    /// the span longer), so a sequence counts up to its last atom that is not a wildcard: its trimmed length.
    /// </summary>
    /// <param name="MaxLength">The longest sequence, wildcards included.</param>
    /// <param name="MaxTrimmedLength">The longest trimmed length of a sequence that has an atom other than a wildcard; -1 when none has.</param>
    /// <param name="HasOnlyWildcards">Whether some sequence is empty or all wildcards.</param>
    /// <param name="CanBeEmpty">Whether some sequence is empty.</param>
    private readonly record struct Shape(int MaxLength, int MaxTrimmedLength, bool HasOnlyWildcards, bool CanBeEmpty)
    {
        private static readonly Shape Empty = new(0, -1, true, true);

        public static Shape Of(PhrasePart part) => part switch
        {
            PhraseAtomPart a => a.Atom.IsWildcard ? new Shape(1, -1, true, false) : new Shape(1, 1, false, false),
            PhraseSequence s => s.Parts.Aggregate(Empty, (acc, p) => acc.Then(Of(p))),
            PhraseChoice c => c.Alternatives.Select(Of).Aggregate(Empty with { HasOnlyWildcards = false, CanBeEmpty = false }, Or),
            _ => throw new InvalidOperationException("unknown phrase part"),
        };

        private Shape Then(Shape next) => new(
            MaxLength + next.MaxLength,
            Math.Max(next.MaxTrimmedLength >= 0 ? MaxLength + next.MaxTrimmedLength : -1, next.HasOnlyWildcards ? MaxTrimmedLength : -1),
            HasOnlyWildcards && next.HasOnlyWildcards,
            CanBeEmpty && next.CanBeEmpty);

        private static Shape Or(Shape a, Shape b) => new(
            Math.Max(a.MaxLength, b.MaxLength),
            Math.Max(a.MaxTrimmedLength, b.MaxTrimmedLength),
            a.HasOnlyWildcards || b.HasOnlyWildcards,
            a.CanBeEmpty || b.CanBeEmpty);
    }

    private sealed class Parser(string text)
    {
        private int _pos;

        public PhraseSequence ParseSequence(bool topLevel)
        {
            var parts = new List<PhrasePart>();
            while (true)
            {
                SkipSpaces();
                if (_pos >= text.Length)
                {
                    if (!topLevel)
                    {
                        throw new FormatException("a group is not closed");
                    }

                    return new PhraseSequence([.. parts]);
                }

                var c = text[_pos];
                if (c is '|' or ')' or ']')
                {
                    if (topLevel)
                    {
                        throw new FormatException($"unexpected '{c}' at position {_pos + 1}");
                    }

                    return new PhraseSequence([.. parts]);
                }

                if (c is '(' or '[')
                {
                    _pos++;
                    var alternatives = ParseAlternatives(c == '(' ? ')' : ']');
                    if (c == '[')
                    {
                        alternatives.Insert(0, new PhraseSequence([]));
                    }

                    parts.Add(new PhraseChoice([.. alternatives]));
                }
                else
                {
                    parts.Add(ParseWord());
                }
            }
        }

        private List<PhrasePart> ParseAlternatives(char close)
        {
            var alternatives = new List<PhrasePart>();
            while (true)
            {
                alternatives.Add(ParseSequence(topLevel: false));
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

        private PhrasePart ParseWord()
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
                    return new PhraseAtomPart(new PhraseAtom(PhraseAtomKind.Any));
                case "**":
                    return new PhraseAtomPart(new PhraseAtom(PhraseAtomKind.Gap));
                case "<num>":
                    return new PhraseAtomPart(new PhraseAtom(PhraseAtomKind.Number));
            }

            if (raw.EndsWith('*'))
            {
                var words = SplitWords(raw[..^1]);
                if (words.Count != 1 || words[0].Length < MinPrefixLength)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{raw}': a prefix needs at least {MinPrefixLength} letters before '*' and no spaces or punctuation"));
                }

                return new PhraseAtomPart(new PhraseAtom(PhraseAtomKind.Prefix, words[0]));
            }

            return Words(SplitWords(raw));
        }

        private void SkipSpaces()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }
    }
}
