using System.Globalization;
using ReplyQuality.Languages;
using ReplyQuality.Rules;

namespace ReplyQuality;

/// <summary>
/// How the analyzer behaves: which rules run and how severe they are, extra phrases, the golden hour, the
/// assumptions made when context is missing, and input limits. Bind it from configuration or set it in
/// <c>services.AddReplyQuality(o => …)</c>.
/// </summary>
public sealed class ReplyQualityOptions
{
    /// <summary>The default <see cref="MaxInputLength"/> and <see cref="MaxCustomerMessageLength"/>: 100 000 characters.</summary>
    public const int DefaultMaxInputLength = 100_000;

    /// <summary>The default <see cref="GoldenHour"/>: 60 minutes.</summary>
    public static readonly TimeSpan DefaultGoldenHour = TimeSpan.FromMinutes(60);

    /// <summary>Settings per rule id (<c>"RQ203"</c>); rules not listed use their defaults.</summary>
    public IDictionary<string, RuleOptions> Rules { get; } = new Dictionary<string, RuleOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a reply with no <see cref="ReplyDraft.CustomerMessage"/> is taken as a reply to a complaint, so
    /// that the completeness rules (RQ301–RQ306) apply. Default <see langword="true"/>.
    /// </summary>
    public bool AssumeComplaint { get; set; } = true;

    /// <summary>
    /// Whether the model (<see cref="ReplyModel.Default"/>, or <see cref="Model"/> / <see cref="ModelPath"/>) reads
    /// the reply beside the phrase rules: it raises tone and deflection findings worded in ways no phrase list holds
    /// (<see cref="FindingSource.Model"/>), confirms phrase findings (<see cref="FindingSource.Both"/>), finds
    /// apologies, solutions, empathy, timelines and thanks the lists miss, and reads the customer's message.
    /// Default <see langword="true"/>; <see langword="false"/> gives the phrase rules alone.
    /// </summary>
    public bool UseModel { get; set; } = true;

    /// <summary>
    /// A custom model to use instead of the embedded <see cref="ReplyModel.Default"/> (trained with
    /// <c>reply-lint train</c> or <c>ReplyQuality.Training</c>). Takes precedence over <see cref="ModelPath"/>.
    /// </summary>
    public ReplyModel? Model { get; set; }

    /// <summary>
    /// The path of a custom model file, loaded when the analyzer is created (bindable from configuration). A
    /// missing, corrupt or incompatible file makes <see cref="ReplyAnalyzer.Create"/> throw, naming the file.
    /// </summary>
    public string? ModelPath { get; set; }

    /// <summary>
    /// For evaluation only (<c>ReplyQuality.Training</c>): switches off the phrase lists of every rule the model
    /// covers, so those rules fire from the model alone.
    /// </summary>
    internal bool ModelOnly { get; set; }

    /// <summary>The longest acceptable time between the customer's message and the reply (RQ402). Default 60 minutes.</summary>
    public TimeSpan GoldenHour { get; set; } = DefaultGoldenHour;

    /// <summary>The longest reply accepted, in UTF-16 code units; longer input is rejected with an <see cref="ArgumentException"/>.</summary>
    public int MaxInputLength { get; set; } = DefaultMaxInputLength;

    /// <summary>The longest customer message accepted, in UTF-16 code units.</summary>
    public int MaxCustomerMessageLength { get; set; } = DefaultMaxInputLength;

    /// <summary>The language used when neither the draft nor detection decides. Default <c>"en"</c>.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>
    /// The language of finding messages, explanations and suggestions; <see langword="null"/> (the default) uses
    /// the reply's language.
    /// </summary>
    public string? MessageLanguage { get; set; }

    /// <summary>The settings of a rule, created on first use.</summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule of the catalogue.</exception>
    public RuleOptions Rule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var rule = RuleSet.Find(ruleId) ?? throw new ArgumentException($"'{ruleId}' is not a ReplyQuality rule id (known: {string.Join(", ", RuleCatalog.All.Select(r => r.Id))}).", nameof(ruleId));
        if (!Rules.TryGetValue(rule.Descriptor.Id, out var options))
        {
            options = new RuleOptions();
            Rules[rule.Descriptor.Id] = options;
        }

        return options;
    }

    /// <summary>Turns rules off.</summary>
    /// <returns>These options, for chaining.</returns>
    public ReplyQualityOptions DisableRules(params IEnumerable<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        foreach (var id in ruleIds)
        {
            Rule(id).Enabled = false;
        }

        return this;
    }

    /// <summary>Changes the severity of a rule's findings.</summary>
    /// <returns>These options, for chaining.</returns>
    public ReplyQualityOptions SetSeverity(string ruleId, Severity severity)
    {
        Rule(ruleId).Severity = severity;
        return this;
    }

    /// <summary>Checks the options and lists every problem found (empty when they are valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxInputLength <= 0)
        {
            errors.Add($"MaxInputLength must be positive (was {MaxInputLength}).");
        }

        if (MaxCustomerMessageLength <= 0)
        {
            errors.Add($"MaxCustomerMessageLength must be positive (was {MaxCustomerMessageLength}).");
        }

        if (GoldenHour <= TimeSpan.Zero)
        {
            errors.Add($"GoldenHour must be positive (was {GoldenHour}).");
        }

        if (Model is null && ModelPath is not null && (string.IsNullOrWhiteSpace(ModelPath) || !File.Exists(ModelPath)))
        {
            errors.Add($"ModelPath: the model file '{ModelPath}' does not exist.");
        }

        if (LanguageCode.Normalize(DefaultLanguage) is null)
        {
            errors.Add($"DefaultLanguage '{DefaultLanguage}' is not supported (supported: {string.Join(", ", LanguageCatalog.Codes)}).");
        }

        if (MessageLanguage is not null && LanguageCode.Normalize(MessageLanguage) is null)
        {
            errors.Add($"MessageLanguage '{MessageLanguage}' is not supported (supported: {string.Join(", ", LanguageCatalog.Codes)}).");
        }

        foreach (var (id, rule) in Rules)
        {
            if (RuleSet.Find(id) is not { } known)
            {
                errors.Add($"Rules: '{id}' is not a ReplyQuality rule id.");
                continue;
            }

            if (rule is null)
            {
                continue;
            }

            if (rule.Severity is { } s && !Enum.IsDefined(s))
            {
                errors.Add($"Rules:{id}: severity {s} is not one of info, warning, error.");
            }

            foreach (var (language, phrases, isPattern) in rule.Phrases.Select(kv => (kv.Key, kv.Value, false)).Concat(rule.PhrasePatterns.Select(kv => (kv.Key, kv.Value, true))))
            {
                if (phrases is null || phrases.Count == 0)
                {
                    continue;
                }

                if (known.CustomPhraseSection is null)
                {
                    errors.Add($"Rules:{id}: this rule takes no phrases.");
                    break;
                }

                if (LanguageCode.Normalize(language) is null)
                {
                    errors.Add($"Rules:{id}: phrases for language '{language}', which is not supported (supported: {string.Join(", ", LanguageCatalog.Codes)}).");
                    continue;
                }

                foreach (var phrase in phrases)
                {
                    try
                    {
                        _ = isPattern ? Matching.PhrasePattern.Parse(phrase ?? string.Empty) : Matching.PhrasePattern.ParseLiteral(phrase ?? string.Empty);
                    }
                    catch (FormatException ex)
                    {
                        errors.Add(string.Create(CultureInfo.InvariantCulture, $"Rules:{id}: {(isPattern ? "phrase pattern" : "phrase")} '{phrase}' ({language}) is invalid: {ex.Message}."));
                    }
                }
            }
        }

        return errors;
    }

    /// <summary>Throws when the options are not valid.</summary>
    /// <exception cref="ArgumentException">One or more settings are invalid; the message lists them all.</exception>
    internal void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid ReplyQuality options: " + string.Join(" ", errors));
        }
    }

    /// <summary>The phrases added through options, per language.</summary>
    internal IEnumerable<(string Language, CustomPhrase Phrase)> CustomPhrases()
    {
        foreach (var (id, rule) in Rules)
        {
            if (rule is null || RuleSet.Find(id) is not { CustomPhraseSection: { } section } known)
            {
                continue;
            }

            foreach (var (language, phrases) in rule.Phrases)
            {
                foreach (var p in phrases ?? [])
                {
                    yield return (LanguageCode.Normalize(language)!, new CustomPhrase(known.Descriptor.Id, section, p, IsPattern: false));
                }
            }

            foreach (var (language, phrases) in rule.PhrasePatterns)
            {
                foreach (var p in phrases ?? [])
                {
                    yield return (LanguageCode.Normalize(language)!, new CustomPhrase(known.Descriptor.Id, section, p, IsPattern: true));
                }
            }
        }
    }
}
