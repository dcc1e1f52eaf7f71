using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ReplyQuality.Analysis;
using ReplyQuality.Content;
using ReplyQuality.Languages;
using ReplyQuality.Rules;
using ReplyQuality.Scoring;
using ReplyQuality.Text;

namespace ReplyQuality;

/// <summary>
/// The ReplyQuality engine. <see cref="CreateDefault"/> gives an analyzer with every rule in Spanish and English
/// and no setup; <see cref="Create"/> takes options. Thread-safe: create one and share it.
/// </summary>
/// <example>
/// <code>
/// var analyzer = ReplyAnalyzer.CreateDefault();
/// var assessment = analyzer.Analyze(new ReplyDraft("Consulte nuestra web.") { CustomerMessage = "Mi pedido no llega" });
/// foreach (var f in assessment.Findings) Console.WriteLine($"{f.RuleId} {f.Severity}: {f.Message}");
/// </code>
/// </example>
public sealed class ReplyAnalyzer : IReplyAnalyzer
{
    private const int MaxQuotedLength = 80;

    // Languages/<lang>/model.txt: how an explanation names the model's evidence.
    private const string ModelNoteFile = "model";

    private readonly AnalyzerSettings _settings;
    private readonly Dictionary<(string RuleId, string Language), RuleTexts> _texts;
    private readonly Dictionary<string, string> _modelNotes;

    private ReplyAnalyzer(AnalyzerSettings settings)
    {
        _settings = settings;
        _texts = [];
        _modelNotes = LanguageCatalog.Codes.ToDictionary(
            code => code,
            code => LanguageCatalog.Files[code].GetValueOrDefault(ModelNoteFile)?.Message ?? "Found by the model ({confidence} sure); the wording that weighed most: {evidence}.",
            StringComparer.Ordinal);
        foreach (var rule in RuleSet.All)
        {
            foreach (var language in LanguageCatalog.Codes)
            {
                _texts[(rule.Descriptor.Id, language)] = RuleTexts.For(rule.Descriptor, LanguageCatalog.Files[language].GetValueOrDefault(rule.Descriptor.Id));
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => RuleCatalog.All;

    /// <summary>An analyzer with the embedded defaults: every rule, both languages, no setup.</summary>
    public static ReplyAnalyzer CreateDefault() => new(AnalyzerSettings.From(new ReplyQualityOptions()));

    /// <summary>An analyzer with the given options (copied: later changes to them have no effect).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static ReplyAnalyzer Create(ReplyQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ReplyAnalyzer(AnalyzerSettings.From(options));
    }

    /// <inheritdoc />
    public ReplyAssessment Analyze(ReplyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Validate(draft);
        // The prose view: markup, code, quoted mail, signatures and placeholders blanked, same offsets as draft.Text.
        var content = ReplyContent.Read(draft.Text, draft.Format);
        using var text = ReplyText.Parse(content.View, LanguageCatalog.IsAbbreviation);
        var language = ResolveLanguage(draft, text);
        var data = _settings.Language(language);
        data.AssignWordIds(text);
        var kind = MessageKindClassifier.Classify(draft.CustomerMessage, data, _settings.AssumeComplaint, _settings.Model);
        var analysis = new ReplyAnalysis(draft, text, data, kind, _settings) { UnfilledPlaceholders = content.Unfilled };

        var findings = new List<Finding>();
        var messageLanguage = _settings.MessageLanguage ?? language;
        foreach (var (rule, severity) in _settings.Rules)
        {
            if (analysis.WithModel(rule, rule.Evaluate(analysis)) is { } hit)
            {
                findings.Add(ToFinding(rule.Descriptor, severity, hit, draft.Text, _texts[(rule.Descriptor.Id, messageLanguage)], _modelNotes[messageLanguage]));
            }
        }

        var score = ReplyScoring.Score(findings);
        var elements = new ReplyElement[analysis.Elements.Count];
        for (var i = 0; i < elements.Length; i++)
        {
            var e = analysis.Elements[i];
            elements[i] = new ReplyElement(e.Kind, Span(draft.Text, e.Range), e.Confidence, e.Source);
        }

        return new ReplyAssessment(score, ReplyScoring.Judge(score, findings), language, analysis.MessageKind, findings, elements);
    }

    /// <inheritdoc />
    public IEnumerable<ReplyAssessment> AnalyzeMany(IEnumerable<ReplyDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return Iterate(drafts, cancellationToken);

        IEnumerable<ReplyAssessment> Iterate(IEnumerable<ReplyDraft> source, CancellationToken token)
        {
            foreach (var draft in source)
            {
                token.ThrowIfCancellationRequested();
                yield return Analyze(draft);
            }
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ReplyAssessment> AnalyzeManyAsync(IAsyncEnumerable<ReplyDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return Iterate(drafts, cancellationToken);

        async IAsyncEnumerable<ReplyAssessment> Iterate(IAsyncEnumerable<ReplyDraft> source, [EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var draft in source.WithCancellation(token).ConfigureAwait(false))
            {
                token.ThrowIfCancellationRequested();
                yield return Analyze(draft);
            }
        }
    }

    private void Validate(ReplyDraft draft)
    {
        if (draft.Text.Length > _settings.MaxInputLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The reply is {draft.Text.Length} characters long; the limit is {_settings.MaxInputLength} (ReplyQualityOptions.MaxInputLength)."),
                nameof(draft));
        }

        if (draft.CustomerMessage is { Length: var length } && length > _settings.MaxCustomerMessageLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The customer message is {length} characters long; the limit is {_settings.MaxCustomerMessageLength} (ReplyQualityOptions.MaxCustomerMessageLength)."),
                nameof(draft));
        }
    }

    private string ResolveLanguage(ReplyDraft draft, ReplyText text)
    {
        if (draft.Language is not null)
        {
            return LanguageCode.Normalize(draft.Language)
                ?? throw new ArgumentException($"Language '{draft.Language}' is not supported; use one of: {string.Join(", ", LanguageCatalog.Codes)}, or null to detect it.", nameof(draft));
        }

        if (LanguageDetector.Detect(text, AnalyzerSettings.Profiles) is { } detected)
        {
            return detected;
        }

        if (!string.IsNullOrWhiteSpace(draft.CustomerMessage))
        {
            using var message = ReplyText.Parse(draft.CustomerMessage, LanguageCatalog.IsAbbreviation);
            if (LanguageDetector.Detect(message, AnalyzerSettings.Profiles) is { } fromCustomer)
            {
                return fromCustomer;
            }
        }

        return _settings.DefaultLanguage;
    }

    private static Finding ToFinding(RuleDescriptor rule, Severity severity, RuleHit hit, string text, RuleTexts texts, string modelNote)
    {
        var spans = hit.Ranges.Select(r => Span(text, r)).ToArray();
        var message = new StringBuilder(texts.Message);
        message.Replace("{text}", spans.Length > 0 ? Shorten(spans[0].Text) : string.Empty);
        if (hit.Arguments is not null)
        {
            foreach (var (name, value) in hit.Arguments)
            {
                message.Replace("{" + name + "}", value);
            }
        }

        var explanation = texts.Why;
        if (hit.ModelEvidence.Count > 0)
        {
            // The model's own reason: the words that weighed most, appended to the rule's "why".
            var evidence = string.Join(", ", hit.ModelEvidence.Select(e => $"“{Shorten(e)}”"));
            var confidence = Math.Round(hit.Confidence * 100).ToString(CultureInfo.InvariantCulture) + " %";
            explanation = texts.Why + " " + modelNote.Replace("{evidence}", evidence, StringComparison.Ordinal).Replace("{confidence}", confidence, StringComparison.Ordinal);
        }

        return new Finding(rule.Id, rule.Name, rule.Category, severity, message.ToString(), explanation, texts.Fix, spans, Math.Round(hit.Confidence, 3), hit.Source, rule.HelpUri);
    }

    private static ReplySpan Span(string text, TextRange range) => new(range.Start, range.Length, text.Substring(range.Start, range.Length));

    private static string Shorten(string quoted)
    {
        var oneLine = string.Join(' ', quoted.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxQuotedLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxQuotedLength - 1), "…");
    }

    /// <summary>A rule's texts in one language, falling back to the English of its descriptor.</summary>
    private sealed record RuleTexts(string Title, string Message, string Why, string Fix)
    {
        public static RuleTexts For(RuleDescriptor rule, LexiconFile? file) => new(
            file?.Title ?? rule.Title,
            file?.Message ?? rule.MessageFormat,
            file?.Why ?? rule.Description,
            file?.Fix ?? rule.Suggestion);
    }
}
