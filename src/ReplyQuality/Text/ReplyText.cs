using System.Buffers;
using System.Globalization;
using ReplyQuality.Matching;

namespace ReplyQuality.Text;

/// <summary>
/// A reply (or a customer message) after the one normalisation pass every rule shares: words with their
/// folded form (lower case, no accents, plain apostrophes), sentence and clause boundaries, and the parts
/// in quotation marks. Every token keeps its offsets into the original text, so spans point back into it.
/// </summary>
internal sealed class ReplyText : IDisposable
{
    // The per-character and per-word arrays are rented from the shared pools and given back by Dispose: a reply's
    // analysis then allocates next to nothing for its text (a parsed reply lives only while it is analysed).
    private char[] _normalized;
    private Token[] _tokens;
    private int _tokenCount;
    private Sentence[] _sentences;
    private int _sentenceCount;
    private readonly QuotedRange[] _quoted;
    private readonly TextRange[] _links;

    private ReplyText(string original, char[] normalized, Token[] tokens, int tokenCount, QuotedRange[] quoted, TextRange[] links)
    {
        Original = original;
        _normalized = normalized;
        _tokens = tokens;
        _tokenCount = tokenCount;
        _quoted = quoted;
        _links = links;
        (_sentences, _sentenceCount) = BuildSentences(Tokens);
    }

    /// <summary>Web addresses and e-mail addresses in the text; their words are not tokens.</summary>
    public ReadOnlySpan<TextRange> Links => _links;

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded forms of all tokens, back to back.</summary>
    public ReadOnlySpan<char> Normalized => _normalized;

    /// <summary>The words, in order.</summary>
    public Span<Token> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>The sentences, in order; each has at least one token.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences.AsSpan(0, _sentenceCount);

    /// <summary>The folded form of a token.</summary>
    public ReadOnlySpan<char> Word(in Token token) => _normalized.AsSpan(token.NormStart, token.NormLength);

    /// <summary>The folded form of the token at <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Word(int index) => Word(in Tokens[index]);

    /// <summary>Whether an offset of the original text lies inside quotation marks or a quoted line.</summary>
    public bool IsQuoted(int offset)
    {
        foreach (var q in _quoted)
        {
            if (offset >= q.Start && offset < q.End)
            {
                return true;
            }

            if (q.Start > offset)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Assigns each token its id in a matcher's vocabulary (-1 for words no phrase uses).</summary>
    public void AssignWordIds(PhraseMatcher matcher)
    {
        foreach (ref var token in Tokens)
        {
            token.WordId = matcher.WordId(Word(in token));
        }
    }

    /// <summary>Gives the text's buffers back to the pools; the text must not be used afterwards.</summary>
    public void Dispose()
    {
        Return(ref _normalized);
        Return(ref _tokens);
        Return(ref _sentences);
        _tokenCount = _sentenceCount = 0;
    }

    private static void Return<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        array = [];
    }

    /// <summary>Normalises and segments <paramref name="text"/> in one linear pass.</summary>
    /// <param name="text">The text.</param>
    /// <param name="isAbbreviation">Whether a folded word followed by a dot is an abbreviation (does not end a sentence).</param>
    public static ReplyText Parse(string text, Func<ReadOnlySpan<char>, bool> isAbbreviation)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = FindQuotedRanges(text);
        var normalized = text.Length == 0 ? [] : ArrayPool<char>.Shared.Rent(text.Length);
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Min((text.Length / 5) + 4, 4096));
        var tokenCount = 0;
        var normLength = 0;
        var sentence = 0;
        var clause = 0;
        var sentenceBreak = false;
        var clauseBreak = false;
        var quotedIndex = 0;
        List<TextRange>? links = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if ((i == 0 || char.IsWhiteSpace(text[i - 1])) && !char.IsWhiteSpace(c) && TryReadLink(text, i) is { } link)
            {
                // An address is not prose: its words are neither matched nor counted as shouting.
                (links ??= []).Add(link);
                i = link.End;
                continue;
            }

            if (IsWordStart(c))
            {
                if (tokenCount > 0)
                {
                    if (sentenceBreak)
                    {
                        sentence++;
                        clause++;
                    }
                    else if (clauseBreak)
                    {
                        clause++;
                    }
                }

                sentenceBreak = clauseBreak = false;
                var token = ReadWord(text, ref i, normalized, ref normLength);
                token.Sentence = sentence;
                token.Clause = clause;
                while (quotedIndex < quoted.Length && quoted[quotedIndex].End <= token.Start)
                {
                    quotedIndex++;
                }

                if (quotedIndex < quoted.Length && token.Start >= quoted[quotedIndex].Start)
                {
                    token.Flags |= TokenFlags.Quoted;
                }

                if (tokenCount == tokens.Length)
                {
                    var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                    tokens.AsSpan().CopyTo(larger);
                    ArrayPool<Token>.Shared.Return(tokens);
                    tokens = larger;
                }

                tokens[tokenCount++] = token;
                continue;
            }

            switch (c)
            {
                case '.':
                    if (!IsNonFinalDot(text, i, tokens.AsSpan(0, tokenCount), normalized, isAbbreviation))
                    {
                        sentenceBreak = true;
                    }

                    break;
                case '!' or '?' or '\u2026' or '\n' or '\u2029' or '\u2028' or '\u3002':
                    sentenceBreak = true;
                    break;
                case ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB'
                    or '\u2014' or '\u2013' or '\u00BF' or '\u00A1' or '|' or '/' or '\t' or '\r':
                    clauseBreak = true;
                    break;
            }

            i++;
        }

        return new ReplyText(text, normalized, tokens, tokenCount, quoted, links is null ? [] : [.. links]);
    }

    /// <summary>
    /// Reads the whitespace-delimited chunk at <paramref name="start"/> and returns the address in it, if it is
    /// a web address (<c>https://…</c>, <c>www.…</c>, <c>host.tld/path</c>), an e-mail address, or a social-media
    /// handle or hashtag (<c>@name</c>, <c>#tag</c>). Each chunk is
    /// examined once, so the whole scan stays linear.
    /// </summary>
    private static TextRange? TryReadLink(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var s = start;
        while (s < end && text[s] is '(' or '<' or '[' or '"' or '\'' or '\u00BF' or '\u00A1' or '\u201C' or '\u00AB' or '*' or '_')
        {
            s++;
        }

        var e = end;
        while (e > s && text[e - 1] is '.' or ',' or ';' or ':' or ')' or '>' or ']' or '"' or '\'' or '!' or '?' or '\u201D' or '\u00BB' or '*' or '_')
        {
            e--;
        }

        var chunk = text.AsSpan(s, e - s);
        if (chunk.Length >= 2 && chunk[0] is '@' or '#' && IsHandleChar(chunk[1]))
        {
            // A social-media handle or hashtag ("@ACME_Help", "#COVID19"): a name, not prose.
            var length = 1;
            while (length < chunk.Length && IsHandleChar(chunk[length]))
            {
                length++;
            }

            return new TextRange(s, s + length);
        }

        if (chunk.Length < 4)
        {
            return null;
        }

        if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return new TextRange(s, e);
        }

        var at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].Contains('.') && LooksLikeHost(chunk[(at + 1)..]))
        {
            return new TextRange(s, e);
        }

        var slash = chunk.IndexOf('/');
        if (slash > 0 && LooksLikeHost(chunk[..slash]))
        {
            return new TextRange(s, e);
        }

        return null;
    }

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool LooksLikeHost(ReadOnlySpan<char> host)
    {
        var dot = host.LastIndexOf('.');
        if (dot <= 0 || dot >= host.Length - 2)
        {
            return false;
        }

        foreach (var ch in host[(dot + 1)..])
        {
            if (!char.IsAsciiLetter(ch))
            {
                return false;
            }
        }

        foreach (var ch in host[..dot])
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordStart(char c) =>
        char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    private static Token ReadWord(string text, ref int i, char[] normalized, ref int normLength)
    {
        var token = new Token { Start = i, NormStart = normLength, WordId = -1 };
        var upper = 0;
        var lower = 0;
        var digits = 0;
        var letters = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                if (char.IsDigit(c))
                {
                    digits++;
                }
                else
                {
                    letters++;
                    if (char.IsUpper(c))
                    {
                        upper++;
                    }
                    else if (char.IsLower(c))
                    {
                        lower++;
                    }
                }

                normalized[normLength++] = TextFolding.Fold(c);
                i++;
            }
            else if (TextFolding.IsApostrophe(c) && letters > 0 && LetterFollows(text, i + 1))
            {
                normalized[normLength++] = '\'';
                i++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A combining accent belongs to the word in the original text and is dropped from the folded form.
                i++;
            }
            else
            {
                break;
            }
        }

        token.End = i;
        token.NormLength = normLength - token.NormStart;
        token.Letters = letters;
        if (letters > 0)
        {
            token.Flags |= TokenFlags.HasLetters;
        }

        if (digits > 0 && letters == 0)
        {
            token.Flags |= TokenFlags.Number;
        }

        if (letters >= 2 && lower == 0 && upper == letters)
        {
            token.Flags |= TokenFlags.AllCaps;
        }

        return token;
    }

    // Whether a letter follows (past the padding of a decoded HTML entity: "don&#39;t" is one word).
    private static bool LetterFollows(string text, int i)
    {
        while (i < text.Length && text[i] == Content.ProseBuffer.Padding)
        {
            i++;
        }

        return i < text.Length && char.IsLetter(text[i]) && !char.IsSurrogate(text[i]);
    }

    private static bool IsNonFinalDot(string text, int i, ReadOnlySpan<Token> tokens, char[] normalized, Func<ReadOnlySpan<char>, bool> isAbbreviation)
    {
        // 3.5, 1.000, www.example.com: a dot between two word characters does not end a sentence.
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(next))
        {
            return true;
        }

        if (tokens.IsEmpty)
        {
            return false;
        }

        ref readonly var last = ref tokens[^1];
        if (last.End != i)
        {
            return false;
        }

        var word = normalized.AsSpan(last.NormStart, last.NormLength);
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true; // initials and "p." / "e.g."
        }

        return isAbbreviation(word);
    }

    private static (Sentence[] Sentences, int Count) BuildSentences(Span<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return ([], 0);
        }

        // Token.Sentence counts sentence breaks, so the last token's number bounds the number of sentences.
        var sentences = ArrayPool<Sentence>.Shared.Rent(tokens[^1].Sentence + 1);
        var count = 0;
        var first = 0;
        for (var t = 1; t <= tokens.Length; t++)
        {
            if (t == tokens.Length || tokens[t].Sentence != tokens[first].Sentence)
            {
                // Renumber so that Token.Sentence is the index into Sentences.
                for (var u = first; u < t; u++)
                {
                    tokens[u].Sentence = count;
                }

                sentences[count++] = new Sentence(first, t - first, tokens[first].Start, tokens[t - 1].End);
                first = t;
            }
        }

        return (sentences, count);
    }

    /// <summary>
    /// Finds text in quotation marks (“…”, «…», "…", ‘…’ within one paragraph) and e-mail lines quoted with
    /// <c>&gt;</c>. Only closed pairs count, so a stray quote mark cannot hide the rest of a reply.
    /// </summary>
    private static QuotedRange[] FindQuotedRanges(string text)
    {
        List<QuotedRange>? ranges = null;
        var lineStart = 0;
        var openAt = -1;
        var closeWith = '\0';
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (c == '\n')
            {
                var line = text.AsSpan(lineStart, i - lineStart).TrimStart();
                if (line.Length > 0 && line[0] == '>')
                {
                    (ranges ??= []).Add(new QuotedRange(lineStart, i));
                }

                lineStart = i + 1;
                if (i + 1 < text.Length && text[i + 1] is '\n' or '\r')
                {
                    openAt = -1; // a quotation does not run over a paragraph break
                }

                continue;
            }

            if (openAt >= 0)
            {
                if (c == closeWith || (closeWith == '\u201D' && c == '"'))
                {
                    (ranges ??= []).Add(new QuotedRange(openAt, i + 1));
                    openAt = -1;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    openAt = i;
                    closeWith = '"';
                    break;
                case '\u201C' or '\u201E':
                    openAt = i;
                    closeWith = '\u201D';
                    break;
                case '\u00AB':
                    openAt = i;
                    closeWith = '\u00BB';
                    break;
                case '\u2018' when i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && (i == 0 || !char.IsLetter(text[i - 1])):
                    openAt = i;
                    closeWith = '\u2019';
                    break;
            }
        }

        if (ranges is null)
        {
            return [];
        }

        ranges.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return [.. ranges];
    }

    private readonly record struct QuotedRange(int Start, int End);
}

/// <summary>A range of the original text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;
}
