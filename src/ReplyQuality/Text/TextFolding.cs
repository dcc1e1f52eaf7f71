namespace ReplyQuality.Text;

/// <summary>
/// Folds characters for matching: lower case, Latin diacritics removed, typographic apostrophes made plain.
/// Culture-independent and table-driven, so it behaves the same under invariant globalisation.
/// </summary>
internal static class TextFolding
{
    // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) folded to their base letter in lower case.
    private const string LatinFold =
        "aaaaaaaceeeeiiii" + // U+00C0..U+00CF  ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ (Æ→a)
        "dnooooo×ouuuuyþs" + // U+00D0..U+00DF  ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß
        "aaaaaaaceeeeiiii" + // U+00E0..U+00EF
        "dnooooo÷ouuuuyþy" + // U+00F0..U+00FF
        "aaaaaaccccccccdd" + // U+0100..U+010F
        "ddeeeeeeeeeegggg" + // U+0110..U+011F
        "gggghhhhiiiiiiii" + // U+0120..U+012F
        "iiiijjkkklllllll" + // U+0130..U+013F
        "lllnnnnnnnnnoooo" + // U+0140..U+014F
        "oooorrrrrrssssss" + // U+0150..U+015F
        "ssttttttuuuuuuuu" + // U+0160..U+016F
        "uuuuwwyyyzzzzzzs";  // U+0170..U+017F

    /// <summary>Returns the folded form of <paramref name="c"/>.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\u00C0' and <= '\u017F')
        {
            return LatinFold[c - 0xC0];
        }

        if (IsApostrophe(c))
        {
            return '\'';
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>True for the characters people type as an apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '`' or '\u00B4';

    /// <summary>Folds a whole string (used for phrase data and options, not on the hot path).</summary>
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return string.Create(s.Length, s, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dst[i] = Fold(src[i]);
            }
        });
    }
}
