using FsCheck;
using FsCheck.Fluent;

namespace ReplyQuality.Tests.Hardening;

/// <summary>
/// Text as hostile as people and programs produce it: realistic reply fragments in both languages mixed with lone
/// surrogates, control characters, zero-width and bidi marks, emoji sequences, other scripts, combining marks and
/// long repeats, from empty to the library's 100 000-character limit.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Fragments =
    [
        "Lo sentimos mucho", "la culpa es del transportista", "CONSULTE NUESTRA WEB!!!", "gracias por su paciencia",
        "We're so sorry", "the courier is to blame", "check our FAQ", "you should have read the terms", "THANKS",
        "as per your contract", "https://example.com/help/refunds", "soporte@example.es", "@ACME_Help", "#fail",
        "¿¿Y ahora qué??", "!!", "no es culpa suya", "this isn't your fault", "Sr. García", "3.5", "1.000 €",
        "\n> On Monday you wrote: you are useless\n", "«vale»", "“fine”", "'quoted'", "(aside)", "...", " - ",
    ];

    private static readonly string[] Hostile =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDFFF\uD800",                               // lone and reversed surrogates
        "\0", "\u0001", "\u0007", "\b", "\t", "\r", "\r\n", "\u000B", "\f", "\u001B[31m", "\u007F", "\u0085", // controls
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",                             // zero-width, soft hyphen
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", // bidi
        "\u2028", "\u2029", "\u3002", "\u2026",                                                   // separators
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66",                     // family ZWJ sequence
        "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "\uD83C\uDDEA\uD83C\uDDF8", "\uD83D\uDC4D\uD83C\uDFFD", "1\uFE0F\u20E3",
        "\u0405\u043E\u0433\u0433\u0443", "\u041F\u0420\u041E\u0421\u0422\u0418\u0422\u0415",     // Cyrillic look-alikes, caps
        "\u0645\u0639\u0630\u0631\u0629", "\u7533\u3057\u8A33\u3042\u308A\u307E\u305B\u3093", "\u0915\u094D\u0937\u092E\u093E", // Arabic, Japanese, Devanagari
        "\u03A3\u03A5\u0393\u0393\u039D\u03A9\u039C\u0397", "Z\u0334\u0321\u032Aa\u0336l\u0337g\u0338o", "e\u0301", "\u0130", "\u00DF", "\uFB01",
        "\uFFFD", "\uFFFE", "\uFFFF", "\U0001D400\U0001D401",                                      // replacement, non-characters, math letters
    ];

    /// <summary>Hostile text of 0 to <paramref name="max"/> characters, mostly short, sometimes very long.</summary>
    public static Gen<string> Of(int max) =>
        Gen.Frequency(
                (80, Gen.Choose(0, 400)),
                (15, Gen.Choose(400, 5_000)),
                (5, Gen.Choose(5_000, max)))
            .SelectMany(length => Piece().ListOf().Select(pieces => Fill(pieces, length)));

    private static Gen<string> Piece() =>
        Gen.Frequency(
            (4, Gen.Elements(Fragments)),
            (3, Gen.Elements(Hostile)),
            (2, Gen.Elements(" ", " ", "\n", ". ", ", ")),
            (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));

    // Repeats the pieces until the text reaches the length (a long run of the same hostile pieces is what breaks
    // backtracking matchers), then cuts it there, possibly in the middle of a surrogate pair.
    private static string Fill(List<string> pieces, int length)
    {
        if (pieces.Count == 0 || length == 0)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder(length + 64);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(pieces[i % pieces.Count]);
            if (i >= pieces.Count && text.Length == 0)
            {
                break; // every piece is empty
            }
        }

        return text.ToString(0, Math.Min(length, text.Length));
    }
}
