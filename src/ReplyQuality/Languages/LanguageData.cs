using ReplyQuality.Matching;
using ReplyQuality.Text;

namespace ReplyQuality.Languages;

/// <summary>A phrase list that the reply matcher knows, by index.</summary>
/// <param name="File">Data file (rule id) the list comes from.</param>
/// <param name="Name">Section name.</param>
/// <param name="Confidence">Confidence of a finding raised from it.</param>
/// <param name="Negatable">Whether a preceding negator cancels a match.</param>
internal sealed record PhraseSection(string File, string Name, double Confidence, bool Negatable);

/// <summary>A phrase added through options, for one rule and one language.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Section">The section of the rule's data it joins.</param>
/// <param name="Text">The phrase.</param>
/// <param name="IsPattern">Whether <paramref name="Text"/> uses the phrase syntax (otherwise it is matched literally).</param>
internal sealed record CustomPhrase(string RuleId, string Section, string Text, bool IsPattern);

/// <summary>
/// Everything the engine knows about one language, compiled: the phrase matcher over all rule phrases,
/// the matcher for customer messages, and the word sets (negators, acronyms, stop words, abbreviations).
/// Immutable and shared between threads.
/// </summary>
internal sealed class LanguageData
{
    /// <summary>Sections that are lists of single words, not phrases.</summary>
    private static readonly HashSet<string> WordListSections = new(StringComparer.Ordinal) { "acronyms", "stopwords", "letters", "negators", "abbreviations" };

    private readonly Dictionary<(string File, string Section), int> _sectionIds;
    private readonly HashSet<int> _negatorIds;

    private LanguageData(
        string code,
        IReadOnlyDictionary<string, LexiconFile> files,
        PhraseMatcher replyMatcher,
        IReadOnlyList<PhraseSection> sections,
        PhraseMatcher customerMatcher,
        IReadOnlyList<PhraseSection> customerSections,
        HashSet<int> negatorIds,
        WordSet acronyms)
    {
        Code = code;
        Files = files;
        ReplyMatcher = replyMatcher;
        Sections = sections;
        CustomerMatcher = customerMatcher;
        CustomerSections = customerSections;
        _negatorIds = negatorIds;
        Acronyms = acronyms;
        _sectionIds = new Dictionary<(string, string), int>();
        for (var i = 0; i < sections.Count; i++)
        {
            _sectionIds[(sections[i].File, sections[i].Name)] = i;
        }
    }

    /// <summary>Language code.</summary>
    public string Code { get; }

    /// <summary>The data files by name.</summary>
    public IReadOnlyDictionary<string, LexiconFile> Files { get; }

    /// <summary>Matcher over every rule phrase of the language.</summary>
    public PhraseMatcher ReplyMatcher { get; }

    /// <summary>Phrase lists of <see cref="ReplyMatcher"/>, by index.</summary>
    public IReadOnlyList<PhraseSection> Sections { get; }

    /// <summary>Matcher over the cues of the customer's message (complaint, praise, question).</summary>
    public PhraseMatcher CustomerMatcher { get; }

    /// <summary>Phrase lists of <see cref="CustomerMatcher"/>, by index.</summary>
    public IReadOnlyList<PhraseSection> CustomerSections { get; }

    /// <summary>Acronyms and brands written in capitals that are not shouting.</summary>
    public WordSet Acronyms { get; }

    /// <summary>The index of a phrase list of <see cref="ReplyMatcher"/>, or -1 when the language has none.</summary>
    public int SectionId(string file, string section) => _sectionIds.TryGetValue((file, section), out var id) ? id : -1;

    /// <summary>Whether a token's word id is a negator.</summary>
    public bool IsNegator(int wordId) => wordId >= 0 && _negatorIds.Contains(wordId);

    /// <summary>The data file of a rule in this language, if any.</summary>
    public LexiconFile? File(string name) => Files.TryGetValue(name, out var f) ? f : null;

    /// <summary>Compiles a language from its data files and the phrases added through options.</summary>
    /// <exception cref="FormatException">A phrase is malformed; the message names where it comes from.</exception>
    public static LanguageData Build(string code, IReadOnlyDictionary<string, LexiconFile> files, IEnumerable<CustomPhrase> custom)
    {
        var builder = new PhraseMatcher.Builder();
        var sections = new List<PhraseSection>();
        var ids = new Dictionary<(string, string), int>();
        foreach (var file in files.Values.Where(f => f.Name.StartsWith("RQ", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            foreach (var section in file.Sections.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                if (WordListSections.Contains(section.Name))
                {
                    continue;
                }

                var id = sections.Count;
                sections.Add(new PhraseSection(file.Name, section.Name, section.Confidence, section.Negatable));
                ids[(file.Name, section.Name)] = id;
                foreach (var line in section.Lines)
                {
                    builder.Add(Parse(line.Text, isPattern: true, () => $"{file.Source} line {line.LineNumber}"), id);
                }
            }
        }

        var acronyms = new List<string>();
        if (files.TryGetValue("RQ102", out var shouting))
        {
            acronyms.AddRange(shouting.Lines("acronyms").SelectMany(l => PhrasePattern.SplitWords(l.Text)));
        }

        foreach (var phrase in custom)
        {
            if (phrase.Section == "acronyms")
            {
                acronyms.AddRange(PhrasePattern.SplitWords(phrase.Text));
                continue;
            }

            if (!ids.TryGetValue((phrase.RuleId, phrase.Section), out var id))
            {
                id = sections.Count;
                sections.Add(new PhraseSection(phrase.RuleId, phrase.Section, LexiconFile.DefaultConfidence, Negatable: false));
                ids[(phrase.RuleId, phrase.Section)] = id;
            }

            builder.Add(Parse(phrase.Text, phrase.IsPattern, () => $"custom phrase for rule {phrase.RuleId} ({code})"), id);
        }

        var negatorIds = new HashSet<int>();
        if (files.TryGetValue("negation", out var negation))
        {
            foreach (var word in negation.Lines("negators").SelectMany(l => PhrasePattern.SplitWords(l.Text)))
            {
                negatorIds.Add(builder.AddWord(word));
            }
        }

        var customerBuilder = new PhraseMatcher.Builder();
        var customerSections = new List<PhraseSection>();
        if (files.TryGetValue("message-kind", out var kinds))
        {
            foreach (var section in kinds.Sections.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var id = customerSections.Count;
                customerSections.Add(new PhraseSection(kinds.Name, section.Name, section.Confidence, section.Negatable));
                foreach (var line in section.Lines)
                {
                    customerBuilder.Add(Parse(line.Text, isPattern: true, () => $"{kinds.Source} line {line.LineNumber}"), id);
                }
            }
        }

        return new LanguageData(code, files, builder.Build(), sections, customerBuilder.Build(), customerSections, negatorIds, new WordSet(acronyms));
    }

    private static PhrasePart Parse(string text, bool isPattern, Func<string> where)
    {
        try
        {
            return isPattern ? PhrasePattern.Parse(text) : PhrasePattern.ParseLiteral(text);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{where()}: '{text}': {ex.Message}", ex);
        }
    }

    /// <summary>Prepares a parsed text for this language's matchers.</summary>
    public void AssignWordIds(ReplyText text) => text.AssignWordIds(ReplyMatcher);
}
