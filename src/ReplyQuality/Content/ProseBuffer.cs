namespace ReplyQuality.Content;

/// <summary>
/// The "prose view" of a reply being built: a copy of the text, the same length, where what is not the agent's prose
/// is blanked out. Every offset into the view is the same offset into the original, so words found in it point back
/// into the text as given. The copy is made only when something needs masking.
/// </summary>
internal sealed class ProseBuffer
{
    /// <summary>
    /// Fills the rest of a decoded HTML entity (<c>&amp;eacute;</c> → <c>é</c> + padding): a combining mark (COMBINING
    /// GRAPHEME JOINER) that is neither a letter nor a space, so the word around the entity stays one word and its span
    /// covers the whole entity.
    /// </summary>
    public const char Padding = '\u034F';

    private readonly string _original;
    private char[]? _chars;

    /// <summary>A view of <paramref name="original"/> with nothing masked yet.</summary>
    public ProseBuffer(string original) => _original = original;

    /// <summary>A view whose characters were already chosen (by a markup reader); same length as the original.</summary>
    public ProseBuffer(string original, char[] chars)
    {
        _original = original;
        _chars = chars;
    }

    /// <summary>The view as it stands.</summary>
    public ReadOnlySpan<char> Current => _chars is null ? _original : _chars;

    /// <summary>Whether anything was masked.</summary>
    public bool Changed => _chars is not null;

    /// <summary>Blanks a range (line breaks are kept, so the lines and sentences around it stay apart).</summary>
    public void Mask(int start, int end)
    {
        var chars = _chars ??= _original.ToCharArray();
        for (var i = Math.Max(0, start); i < end && i < chars.Length; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }
    }

    /// <summary>
    /// Writes a decoded character reference over its source, <c>view[start..end)</c>: the decoded characters first, then
    /// <see cref="Padding"/>; all blank when it decodes to white space. Returns <see langword="false"/> (and writes
    /// nothing) when it decodes to nothing or to more characters than its source holds.
    /// </summary>
    public static bool WriteDecoded(Span<char> view, int start, int end, ReadOnlySpan<char> decoded)
    {
        if (decoded.IsEmpty || decoded.Length > end - start)
        {
            return false;
        }

        var blank = decoded.IsWhiteSpace();
        for (var k = start; k < end; k++)
        {
            var d = k - start;
            view[k] = blank ? ' ' : d < decoded.Length ? decoded[d] : Padding;
        }

        return true;
    }

    /// <summary>The finished view: the original string itself when nothing was masked.</summary>
    public string ToView() => _chars is null ? _original : new string(_chars);
}
