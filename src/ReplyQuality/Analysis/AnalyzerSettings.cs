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
    private AnalyzerSettings(ReplyQualityOptions options, IReadOnlyDictionary<string, LanguageData> languages)
    {
        AssumeComplaint = options.AssumeComplaint;
        GoldenHour = options.GoldenHour;
        MaxInputLength = options.MaxInputLength;
        MaxCustomerMessageLength = options.MaxCustomerMessageLength;
        DefaultLanguage = LanguageCode.Normalize(options.DefaultLanguage)!;
        MessageLanguage = LanguageCode.Normalize(options.MessageLanguage);
        Languages = languages;
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

        Rules = rules;
    }

    /// <summary>Whether a reply without a customer message answers a complaint.</summary>
    public bool AssumeComplaint { get; }

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

    /// <summary>Compiled language data, by code.</summary>
    public IReadOnlyDictionary<string, LanguageData> Languages { get; }

    /// <summary>The enabled rules with their severities, in id order.</summary>
    public IReadOnlyList<ConfiguredRule> Rules { get; }

    /// <summary>Validates the options and compiles what they need.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static AnalyzerSettings From(ReplyQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var custom = options.CustomPhrases().ToLookup(c => c.Language, c => c.Phrase);
        var languages = new Dictionary<string, LanguageData>(StringComparer.Ordinal);
        foreach (var code in LanguageCatalog.Codes)
        {
            languages[code] = custom[code].Any()
                ? LanguageData.Build(code, LanguageCatalog.Files[code], custom[code])
                : LanguageCatalog.Default[code];
        }

        return new AnalyzerSettings(options, languages);
    }
}
