using System.Collections.Immutable;
using ReplyQuality.Languages;
using ReplyQuality.Rules;

namespace ReplyQuality.Analysis;

/// <summary>A rule as configured: the rule and its effective severity.</summary>
internal sealed record ConfiguredRule(ReplyRule Rule, Severity Severity);

/// <summary>
/// An immutable snapshot of <see cref="ReplyQualityOptions"/> taken when an analyzer is created, with the
/// language data compiled for it. Later changes to the options object do not affect the analyzer.
/// </summary>
internal sealed class AnalyzerSettings
{
    private readonly IReadOnlyDictionary<string, Lazy<LanguageData>> _languages;
    private readonly ReplyModel? _customModel;

    private AnalyzerSettings(ReplyQualityOptions options, IReadOnlyDictionary<string, Lazy<LanguageData>> languages)
    {
        AssumeComplaint = options.AssumeComplaint;
        UseModel = options.UseModel;
        ModelOnly = options.ModelOnly && options.UseModel;
        _customModel = options.UseModel ? options.Model ?? (options.ModelPath is { } path ? ReplyModel.Load(path) : null) : null;
        GoldenHour = options.GoldenHour;
        MaxInputLength = options.MaxInputLength;
        MaxCustomerMessageLength = options.MaxCustomerMessageLength;
        DefaultLanguage = LanguageCode.Normalize(options.DefaultLanguage)!;
        MessageLanguage = LanguageCode.Normalize(options.MessageLanguage);
        _languages = languages;
        var rules = new List<ConfiguredRule>();
        foreach (var rule in RuleSet.All)
        {
            options.Rules.TryGetValue(rule.Descriptor.Id, out var ruleOptions);
            if (ruleOptions is { Enabled: false })
            {
                continue;
            }

            rules.Add(new ConfiguredRule(rule, ruleOptions?.Severity ?? rule.Descriptor.DefaultSeverity));
        }

        Rules = [.. rules];
    }

    /// <summary>Whether a reply without a customer message answers a complaint.</summary>
    public bool AssumeComplaint { get; }

    /// <summary>Whether the phrase lists of rules the model covers are off (evaluation of the model alone).</summary>
    public bool ModelOnly { get; }

    /// <summary>Whether the sentence model contributes.</summary>
    public bool UseModel { get; }

    /// <summary>
    /// The model in use: the custom one from the options, else the embedded one (loaded on first use), or
    /// <see langword="null"/> when the model is off.
    /// </summary>
    public ReplyModel? Model => UseModel ? _customModel ?? ReplyModel.Default : null;

    /// <summary>The golden hour.</summary>
    public TimeSpan GoldenHour { get; }

    /// <summary>The longest reply accepted.</summary>
    public int MaxInputLength { get; }

    /// <summary>The longest customer message accepted.</summary>
    public int MaxCustomerMessageLength { get; }

    /// <summary>The fallback language.</summary>
    public string DefaultLanguage { get; }

    /// <summary>The language of messages, or <see langword="null"/> for the reply's language.</summary>
    public string? MessageLanguage { get; }

    /// <summary>The languages, by code, with their detection profiles.</summary>
    public static IReadOnlyDictionary<string, LanguageProfile> Profiles => LanguageCatalog.Profiles;

    /// <summary>A language's compiled data (compiled on first use, then shared).</summary>
    public LanguageData Language(string code) => _languages[code].Value;

    /// <summary>The enabled rules with their severities, in id order.</summary>
    public ImmutableArray<ConfiguredRule> Rules { get; }

    /// <summary>Validates the options and compiles what they need.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static AnalyzerSettings From(ReplyQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var custom = options.CustomPhrases().ToLookup(c => c.Language, c => c.Phrase);
        var languages = new Dictionary<string, Lazy<LanguageData>>(StringComparer.Ordinal);
        foreach (var code in LanguageCatalog.Codes)
        {
            var phrases = custom[code].ToList();
            languages[code] = phrases.Count > 0
                ? CompileNow(code, phrases)
                : new Lazy<LanguageData>(() => LanguageCatalog.DefaultFor(code), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        return new AnalyzerSettings(options, languages);
    }

    // Custom phrases are compiled when the analyzer is created, so that an invalid phrase fails there, with a
    // message naming the rule and the phrase, not on some later call.
    private static Lazy<LanguageData> CompileNow(string code, IReadOnlyList<CustomPhrase> phrases)
    {
        var data = LanguageData.Build(code, LanguageCatalog.Files[code], phrases);
        return new Lazy<LanguageData>(data);
    }
}
