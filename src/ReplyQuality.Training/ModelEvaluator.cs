namespace ReplyQuality.Training;

/// <summary>Which parts of the engine an evaluation runs.</summary>
public enum EvaluationEngine
{
    /// <summary>Phrase rules and model together: what the library does by default.</summary>
    Combined,

    /// <summary>Phrase rules only (the model off).</summary>
    RulesOnly,

    /// <summary>
    /// The model only, for the rules it covers: their phrase lists are switched off, so the tone and deflection
    /// rules fire only from model tags and elements are found only by the model. Rules the model has no tag for
    /// (shouting, misplaced apology, slow response) run as usual.
    /// </summary>
    ModelOnly,
}

/// <summary>How an analyzer did on one labelled reply.</summary>
/// <param name="Reply">The labelled reply.</param>
/// <param name="Found">The rule ids the analyzer raised.</param>
/// <param name="Assessment">The full assessment.</param>
public sealed record ReplyOutcome(LabelledReply Reply, IReadOnlySet<string> Found, ReplyAssessment Assessment)
{
    /// <summary>Whether the analyzer raised exactly the expected rules.</summary>
    public bool IsExact => Found.SetEquals(Reply.Expected);
}

/// <summary>Per-rule metrics of an analyzer on labelled replies.</summary>
/// <param name="Rules">Per language and rule id, then rows <c>micro</c> (all rules) and <c>micro-rq1-3</c> (RQ1xx–RQ3xx) per language.</param>
/// <param name="Outcomes">Every reply's outcome, in input order.</param>
public sealed record ReplyEvaluation(IReadOnlyList<ClassificationMetrics> Rules, IReadOnlyList<ReplyOutcome> Outcomes);

/// <summary>Measures models and analyzers on labelled data: per tag, per rule, per language.</summary>
public static class ModelEvaluator
{
    /// <summary>The summary row over all rules.</summary>
    public const string Micro = "micro";

    /// <summary>The summary row over the tone, deflection and completeness rules (RQ1xx–RQ3xx).</summary>
    public const string MicroCore = "micro-rq1-3";

    /// <summary>Per-tag (and per message kind) metrics of a model on labelled sentences and messages, per language, with a <c>micro</c> row per language over the sentence tags.</summary>
    /// <param name="model">The model, with its thresholds.</param>
    /// <param name="examples">Labelled reply sentences and customer messages.</param>
    public static IReadOnlyList<ClassificationMetrics> EvaluateSentences(ReplyModel model, IEnumerable<LabelledText> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var scored = examples.Select(e => (Example: e, Probabilities: e.Kind == LabelledTextKind.ReplySentence ? model.PredictSentence(e.Text) : model.PredictMessage(e.Text))).ToList();
        var result = new List<ClassificationMetrics>();
        foreach (var language in scored.Select(s => s.Example.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var sentenceRows = model.SentenceTags.Select(tag => ClassificationMetrics.Count(tag, language, scored
                .Where(s => s.Example.Language == language && s.Example.Kind == LabelledTextKind.ReplySentence)
                .Select(s => (s.Example.Labels.Contains(tag), s.Probabilities[tag] >= model.Thresholds[tag])))).ToList();
            result.AddRange(sentenceRows);
            result.Add(ClassificationMetrics.Sum(Micro, language, sentenceRows));

            // A customer message gets the kind with the highest probability.
            var messages = scored.Where(s => s.Example.Language == language && s.Example.Kind == LabelledTextKind.CustomerMessage).ToList();
            if (messages.Count > 0 && model.MessageKinds.Count > 0)
            {
                foreach (var kind in model.MessageKinds)
                {
                    result.Add(ClassificationMetrics.Count("message:" + kind, language, messages.Select(s => (s.Example.Labels.Contains(kind), s.Probabilities.MaxBy(p => p.Value).Key == kind))));
                }
            }
        }

        return result;
    }

    /// <summary>An analyzer for one engine setting: the options' copy with the model on or off, or the model alone.</summary>
    /// <param name="engine">Which parts run.</param>
    /// <param name="options">Base options (default: the defaults).</param>
    public static ReplyAnalyzer CreateAnalyzer(EvaluationEngine engine, ReplyQualityOptions? options = null)
    {
        options ??= new ReplyQualityOptions();
        var copy = new ReplyQualityOptions
        {
            AssumeComplaint = options.AssumeComplaint,
            UseModel = engine != EvaluationEngine.RulesOnly && options.UseModel,
            Model = options.Model,
            ModelPath = options.ModelPath,
            GoldenHour = options.GoldenHour,
            MaxInputLength = options.MaxInputLength,
            MaxCustomerMessageLength = options.MaxCustomerMessageLength,
            DefaultLanguage = options.DefaultLanguage,
            MessageLanguage = options.MessageLanguage,
            ModelOnly = engine == EvaluationEngine.ModelOnly,
        };
        foreach (var (id, rule) in options.Rules)
        {
            copy.Rules[id] = rule;
        }

        return ReplyAnalyzer.Create(copy);
    }

    /// <summary>Per-rule metrics of an analyzer on labelled replies, per language (the record's language, or the detected one).</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="replies">Labelled replies.</param>
    /// <param name="cancellationToken">Stops between replies.</param>
    public static ReplyEvaluation EvaluateReplies(IReplyAnalyzer analyzer, IEnumerable<LabelledReply> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(replies);
        var outcomes = new List<ReplyOutcome>();
        foreach (var reply in replies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var assessment = analyzer.Analyze(reply.Draft);
            outcomes.Add(new ReplyOutcome(reply, assessment.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal), assessment));
        }

        var rows = new List<ClassificationMetrics>();
        foreach (var language in outcomes.Select(o => o.Assessment.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var mine = outcomes.Where(o => o.Assessment.Language == language).ToList();
            var perRule = RuleCatalog.All.Select(rule => ClassificationMetrics.Count(rule.Id, language, mine.Select(o => (o.Reply.Expected.Contains(rule.Id), o.Found.Contains(rule.Id))))).ToList();
            rows.AddRange(perRule);
            rows.Add(ClassificationMetrics.Sum(Micro, language, perRule));
            rows.Add(ClassificationMetrics.Sum(MicroCore, language, perRule.Where(r => r.Name[2] is '1' or '2' or '3')));
        }

        return new ReplyEvaluation(rows, outcomes);
    }

    /// <summary>
    /// Chooses each sentence tag's threshold on labelled replies (a dev split, never the final test split): one tag
    /// at a time, in the model's order, the value from 0.30 to 1.00 (by 0.05) that gives the combined engine the best
    /// micro F1 over RQ1xx–RQ3xx, keeping the others fixed; two passes. Ties keep the current value.
    /// </summary>
    /// <param name="model">The model whose thresholds to tune.</param>
    /// <param name="replies">Labelled replies.</param>
    /// <param name="options">Base options (the model in them is ignored).</param>
    /// <param name="cancellationToken">Stops between candidates.</param>
    public static ReplyModel TuneThresholds(ReplyModel model, IReadOnlyList<LabelledReply> replies, ReplyQualityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(replies);
        options ??= new ReplyQualityOptions();
        double Score(ReplyModel candidate)
        {
            var previous = options.Model;
            options.Model = candidate;
            try
            {
                var evaluation = EvaluateReplies(CreateAnalyzer(EvaluationEngine.Combined, options), replies, cancellationToken);
                return ClassificationMetrics.Sum(MicroCore, null, evaluation.Rules.Where(r => r.Name == MicroCore)).F1;
            }
            finally
            {
                options.Model = previous;
            }
        }

        var current = model;
        var best = Score(current);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var tag in model.SentenceTags)
            {
                for (var step = 6; step <= 20; step++)
                {
                    var threshold = step * 0.05f;
                    if (Math.Abs(current.Thresholds[tag] - threshold) < 1e-6)
                    {
                        continue;
                    }

                    var candidate = current.WithThresholds(new Dictionary<string, float>(StringComparer.Ordinal) { [tag] = (float)Math.Round(threshold, 2) });
                    var score = Score(candidate);
                    if (score > best + 1e-9)
                    {
                        (best, current) = (score, candidate);
                    }
                }
            }
        }

        return current;
    }
}
