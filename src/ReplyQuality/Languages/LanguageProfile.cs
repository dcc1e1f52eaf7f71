using ReplyQuality.Matching;

namespace ReplyQuality.Languages;

/// <summary>
/// What language detection needs to know of a language — its frequent function words and its typical
/// characters — read straight from <c>language.txt</c>, so that telling languages apart never requires compiling
/// a language's phrase lists.
/// </summary>
internal sealed class LanguageProfile
{
    private LanguageProfile(string code, WordSet stopwords, string letterCues, WordSet abbreviations)
    {
        Code = code;
        Stopwords = stopwords;
        LetterCues = letterCues;
        Abbreviations = abbreviations;
    }

    /// <summary>Language code.</summary>
    public string Code { get; }

    /// <summary>Frequent function words (folded).</summary>
    public WordSet Stopwords { get; }

    /// <summary>Characters only this language uses (ñ, ¿…).</summary>
    public string LetterCues { get; }

    /// <summary>Tokens followed by a dot that do not end a sentence.</summary>
    public WordSet Abbreviations { get; }

    /// <summary>Reads a language's profile from its data files.</summary>
    public static LanguageProfile From(string code, IReadOnlyDictionary<string, LexiconFile> files)
    {
        IReadOnlyList<LexiconLine> Lines(string file, string section) =>
            files.TryGetValue(file, out var f) ? f.Lines(section) : [];
        WordSet Words(string file, string section) => new(Lines(file, section).SelectMany(l => PhrasePattern.SplitWords(l.Text)));

        return new LanguageProfile(
            code,
            Words("language", "stopwords"),
            string.Concat(Lines("language", "letters").Select(l => l.Text)),
            Words("abbreviations", "abbreviations"));
    }
}
