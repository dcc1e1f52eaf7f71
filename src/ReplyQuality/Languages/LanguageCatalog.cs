using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace ReplyQuality.Languages;

/// <summary>
/// The languages shipped in the assembly: their data files (embedded resources named
/// <c>ReplyQuality.Languages.&lt;lang&gt;/&lt;file&gt;.txt</c>) and, compiled once and lazily, their default
/// <see cref="LanguageData"/>.
/// </summary>
internal static class LanguageCatalog
{
    private const string ResourcePrefix = "ReplyQuality.Languages.";

    private static readonly Lazy<FrozenDictionary<string, IReadOnlyDictionary<string, LexiconFile>>> FilesByLanguage =
        new(LoadFiles, LazyThreadSafetyMode.ExecutionAndPublication);

    // Each language is compiled the first time a reply in it is analysed: a process that only sees English
    // never pays for Spanish, and the first result comes sooner.
    private static readonly Lazy<FrozenDictionary<string, Lazy<LanguageData>>> Defaults =
        new(() => Files.ToFrozenDictionary(
            kv => kv.Key,
            kv => new Lazy<LanguageData>(() => LanguageData.Build(kv.Key, kv.Value, []), LazyThreadSafetyMode.ExecutionAndPublication)),
            LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<FrozenDictionary<string, LanguageProfile>> AllProfiles =
        new(() => Files.ToFrozenDictionary(kv => kv.Key, kv => LanguageProfile.From(kv.Key, kv.Value)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<WordSet> AllAbbreviations =
        new(() => new WordSet(Profiles.Values.SelectMany(p => p.Abbreviations.Words)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The data files of every language.</summary>
    public static FrozenDictionary<string, IReadOnlyDictionary<string, LexiconFile>> Files => FilesByLanguage.Value;

    /// <summary>The compiled default data of one language, compiled on first use.</summary>
    public static LanguageData DefaultFor(string code) => Defaults.Value[code].Value;

    /// <summary>Detection profiles of every language (cheap: no phrase compilation).</summary>
    public static FrozenDictionary<string, LanguageProfile> Profiles => AllProfiles.Value;

    /// <summary>Language codes, sorted.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. ResourceNames().Select(n => n.Language).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Abbreviations of all languages, for sentence splitting before the language is known.</summary>
    public static WordSet Abbreviations => AllAbbreviations.Value;

    /// <summary><see cref="Abbreviations"/> as the test <see cref="Text.ReplyText.Parse"/> takes (one shared delegate).</summary>
    public static Func<ReadOnlySpan<char>, bool> IsAbbreviation { get; } = static word => Abbreviations.Contains(word);

    private static IEnumerable<(string Resource, string Language, string File)> ResourceNames()
    {
        foreach (var resource in typeof(LanguageCatalog).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = resource[ResourcePrefix.Length..^".txt".Length];
            var slash = rest.IndexOfAny(['/', '\\']);
            if (slash <= 0)
            {
                continue;
            }

            yield return (resource, rest[..slash], rest[(slash + 1)..]);
        }
    }

    private static FrozenDictionary<string, IReadOnlyDictionary<string, LexiconFile>> LoadFiles()
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        var result = new Dictionary<string, IReadOnlyDictionary<string, LexiconFile>>(StringComparer.Ordinal);
        foreach (var group in ResourceNames().GroupBy(r => r.Language))
        {
            var files = new Dictionary<string, LexiconFile>(StringComparer.Ordinal);
            foreach (var (resource, language, file) in group)
            {
                using var stream = assembly.GetManifestResourceStream(resource)
                    ?? throw new InvalidOperationException($"Embedded language data '{resource}' could not be opened.");
                using var reader = new StreamReader(stream, Encoding.UTF8);
                files[file] = LexiconFile.Parse(language, file, reader);
            }

            result[group.Key] = files;
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether a language is shipped.</summary>
    public static bool IsSupported(string code) => Codes.Contains(code, StringComparer.Ordinal);
}
