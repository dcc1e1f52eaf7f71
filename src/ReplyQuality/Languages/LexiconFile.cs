using System.Globalization;

namespace ReplyQuality.Languages;

/// <summary>A phrase list inside a language data file.</summary>
/// <param name="Name">Section name (<c>match</c>, <c>present</c>, <c>acronyms</c>…).</param>
/// <param name="Confidence">Confidence of a finding raised from this section.</param>
/// <param name="Negatable">Whether a negator in the three words before a match cancels it.</param>
/// <param name="Lines">The phrase lines with their line numbers.</param>
internal sealed record LexiconSection(string Name, double Confidence, bool Negatable, IReadOnlyList<LexiconLine> Lines);

/// <summary>One phrase line of a data file.</summary>
internal readonly record struct LexiconLine(string Text, int LineNumber);

/// <summary>
/// One language data file (<c>Languages/&lt;lang&gt;/&lt;name&gt;.txt</c>): sections of phrases, localised
/// message texts and the rule's own bad and good examples. The format is described in <c>Languages/README.md</c>.
/// </summary>
internal sealed class LexiconFile
{
    /// <summary>The default confidence of a section.</summary>
    public const double DefaultConfidence = 0.9;

    private LexiconFile(string language, string name)
    {
        Language = language;
        Name = name;
    }

    /// <summary>Language code (folder name).</summary>
    public string Language { get; }

    /// <summary>File name without extension (<c>RQ201</c>, <c>negation</c>…).</summary>
    public string Name { get; }

    /// <summary>Where the file came from, for error messages.</summary>
    public string Source => $"{Language}/{Name}.txt";

    /// <summary>Sections by name.</summary>
    public Dictionary<string, LexiconSection> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Localised title, if given.</summary>
    public string? Title { get; private set; }

    /// <summary>Localised message template, if given.</summary>
    public string? Message { get; private set; }

    /// <summary>Localised explanation (why), if given.</summary>
    public string? Why { get; private set; }

    /// <summary>Localised suggestion (how to fix), if given.</summary>
    public string? Fix { get; private set; }

    /// <summary>Example replies on which the rule must fire.</summary>
    public List<string> BadExamples { get; } = [];

    /// <summary>Example replies on which the rule must not fire.</summary>
    public List<string> GoodExamples { get; } = [];

    /// <summary>The lines of a section, or none.</summary>
    public IReadOnlyList<LexiconLine> Lines(string section) =>
        Sections.TryGetValue(section, out var s) ? s.Lines : [];

    /// <summary>Parses a data file.</summary>
    /// <exception cref="FormatException">The file is malformed; the message names the file and line.</exception>
    public static LexiconFile Parse(string language, string name, TextReader reader)
    {
        var file = new LexiconFile(language, name);
        string? sectionName = null;
        var confidence = DefaultConfidence;
        var negatable = false;
        List<LexiconLine>? lines = null;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] != '@')
            {
                if (lines is null)
                {
                    throw Error(file, number, "a phrase appears before any @section");
                }

                lines.Add(new LexiconLine(line, number));
                continue;
            }

            var space = line.IndexOf(' ');
            var directive = space < 0 ? line[1..] : line[1..space];
            var value = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            switch (directive)
            {
                case "section":
                    Close();
                    (sectionName, confidence, negatable) = ParseSectionHeader(file, number, value);
                    if (file.Sections.ContainsKey(sectionName))
                    {
                        throw Error(file, number, $"section '{sectionName}' appears twice");
                    }

                    lines = [];
                    break;
                case "title":
                    file.Title = Required(file, number, directive, value);
                    break;
                case "message":
                    file.Message = Required(file, number, directive, value);
                    break;
                case "why":
                    file.Why = Required(file, number, directive, value);
                    break;
                case "fix":
                    file.Fix = Required(file, number, directive, value);
                    break;
                case "bad":
                    file.BadExamples.Add(Required(file, number, directive, value));
                    break;
                case "good":
                    file.GoodExamples.Add(Required(file, number, directive, value));
                    break;
                case "rule" or "language":
                    break; // informative headers
                default:
                    throw Error(file, number, $"unknown directive '@{directive}'");
            }
        }

        Close();
        return file;

        void Close()
        {
            if (sectionName is not null && lines is not null)
            {
                file.Sections.Add(sectionName, new LexiconSection(sectionName, confidence, negatable, lines));
            }

            sectionName = null;
            lines = null;
        }
    }

    private static (string Name, double Confidence, bool Negatable) ParseSectionHeader(LexiconFile file, int number, string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw Error(file, number, "@section needs a name");
        }

        var confidence = DefaultConfidence;
        var negatable = false;
        foreach (var part in parts.Skip(1))
        {
            if (part == "negatable")
            {
                negatable = true;
            }
            else if (part.StartsWith("confidence=", StringComparison.Ordinal)
                && double.TryParse(part["confidence=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var c)
                && c is > 0 and <= 1)
            {
                confidence = c;
            }
            else
            {
                throw Error(file, number, $"unknown section option '{part}' (expected 'confidence=0.NN' or 'negatable')");
            }
        }

        return (parts[0], confidence, negatable);
    }

    private static string Required(LexiconFile file, int number, string directive, string value) =>
        value.Length > 0 ? value : throw Error(file, number, $"@{directive} needs a value");

    private static FormatException Error(LexiconFile file, int line, string message) =>
        new($"{file.Source} line {line}: {message}");
}
