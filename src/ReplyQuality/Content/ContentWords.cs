using ReplyQuality.Languages;
using ReplyQuality.Text;

namespace ReplyQuality.Content;

/// <summary>
/// The word lists that describe how a reply is laid out (<c>Languages/&lt;lang&gt;/content.txt</c>): sign-offs, the
/// words that start a placeholder the agent must fill, and name slots. Content is read before the reply's language is
/// known, so the lists of every language are joined. Entries are folded (lower case, no accents).
/// </summary>
internal static class ContentWords
{
    private const string FileName = "content";

    private static readonly Lazy<Lists> All = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whole lines that close the agent's prose ("best regards", "un saludo").</summary>
    public static WordSet SignOffs => All.Value.SignOffs;

    /// <summary>What a placeholder the agent must fill starts with ("insert", "insertar", "tbd").</summary>
    public static WordSet Instructions => All.Value.Instructions;

    /// <summary>Whole placeholders that stand for a name ("customer name", "nombre").</summary>
    public static WordSet NameSlots => All.Value.NameSlots;

    private static Lists Load()
    {
        var signOffs = new List<string>();
        var instructions = new List<string>();
        var nameSlots = new List<string>();
        foreach (var code in LanguageCatalog.Codes)
        {
            if (LanguageCatalog.Files[code].GetValueOrDefault(FileName) is not { } file)
            {
                continue;
            }

            Add(file, "sign-offs", signOffs);
            Add(file, "instructions", instructions);
            Add(file, "name-slots", nameSlots);
        }

        return new Lists(new WordSet(signOffs), new WordSet(instructions), new WordSet(nameSlots));
    }

    private static void Add(LexiconFile file, string section, List<string> into)
    {
        foreach (var line in file.Lines(section))
        {
            into.Add(TextFolding.Fold(line.Text));
        }
    }

    /// <summary>
    /// Folds the words of <paramref name="text"/> into <paramref name="into"/>: letters and digits folded, any run of other
    /// characters (spaces, punctuation, markup padding) one space, no space at either end. Returns the length written.
    /// </summary>
    public static int FoldWords(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || TextFolding.IsApostrophe(c))
            {
                if (gap && length > 0)
                {
                    if (length == into.Length)
                    {
                        return length;
                    }

                    into[length++] = ' ';
                }

                gap = false;
                if (length == into.Length)
                {
                    return length;
                }

                into[length++] = TextFolding.Fold(c);
            }
            else if (CharUnicodeInfoIsMark(c))
            {
                continue;
            }
            else
            {
                gap = true;
            }
        }

        return length;
    }

    private static bool CharUnicodeInfoIsMark(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private sealed record Lists(WordSet SignOffs, WordSet Instructions, WordSet NameSlots);
}
