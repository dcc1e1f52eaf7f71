using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ReplyQuality.Model;

namespace ReplyQuality.Training;

/// <summary>A trained model and how it did in cross-validation.</summary>
/// <param name="Model">The model, with the thresholds chosen by cross-validation.</param>
/// <param name="CrossValidation">Per tag and language (and a <c>micro</c> row per language), the cross-validated metrics at those thresholds; empty without cross-validation.</param>
public sealed record TrainedReplyModel(ReplyModel Model, IReadOnlyList<ClassificationMetrics> CrossValidation);

/// <summary>
/// Trains a <see cref="ReplyModel"/> from labelled reply sentences and customer messages with ML.NET: each text
/// is featurised by the library's own featuriser (hashed word uni- and bigrams and character 4-grams), one
/// logistic classifier per tag is trained with SDCA (fixed seed, one thread: reproducible), calibrated (Platt) on
/// out-of-fold scores when cross-validating, and the weights are exported into the library's model format, which
/// scores without ML.NET.
/// </summary>
/// <example>
/// <code>
/// var trained = new ReplyModelTrainer(new ReplyModelTrainerOptions { Name = "acme-support" })
///     .Train(LabelledText.ReadJsonl("corpus/"));
/// trained.Model.Save("acme.rqmodel");
/// var analyzer = ReplyAnalyzer.Create(new ReplyQualityOptions { ModelPath = "acme.rqmodel" });
/// </code>
/// </example>
public sealed class ReplyModelTrainer
{
    private const float DefaultThreshold = 0.5f;

    private readonly ReplyModelTrainerOptions _options;

    /// <summary>A trainer with the given settings (copied), or the defaults.</summary>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public ReplyModelTrainer(ReplyModelTrainerOptions? options = null)
    {
        options ??= new ReplyModelTrainerOptions();
        options.ThrowIfInvalid();
        _options = new ReplyModelTrainerOptions
        {
            Name = options.Name,
            Seed = options.Seed,
            CrossValidationFolds = options.CrossValidationFolds,
            L2Regularization = options.L2Regularization,
            MaximumIterations = options.MaximumIterations,
            WeightCutoff = options.WeightCutoff,
        };
    }

    /// <summary>Trains a model.</summary>
    /// <param name="examples">Labelled reply sentences (any tags; the shipped ones are <see cref="LabelledText.SentenceTags"/>) and, optionally, labelled customer messages.</param>
    /// <param name="cancellationToken">Stops training between classifiers.</param>
    /// <exception cref="ArgumentException">There are no reply sentences, or no tag has a positive example.</exception>
    public TrainedReplyModel Train(IEnumerable<LabelledText> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var all = examples.ToList();
        var sentences = all.Where(e => e.Kind == LabelledTextKind.ReplySentence).ToList();
        var messages = all.Where(e => e.Kind == LabelledTextKind.CustomerMessage).ToList();
        if (sentences.Count == 0)
        {
            throw new ArgumentException("No labelled reply sentences to train on.", nameof(examples));
        }

        var sentenceTags = TagsOf(sentences, LabelledText.SentenceTags);
        if (sentenceTags.Count == 0)
        {
            throw new ArgumentException("No sentence carries a label: every tag needs positive examples.", nameof(examples));
        }

        var metrics = new List<ClassificationMetrics>();
        var sentenceClassifiers = TrainGroup(sentences, sentenceTags, metrics, cancellationToken);
        var messageClassifiers = messages.Count == 0 ? [] : TrainGroup(messages, TagsOf(messages, LabelledText.MessageKinds), metrics, cancellationToken);
        return new TrainedReplyModel(new ReplyModel(_options.Name, sentenceClassifiers, messageClassifiers), metrics);
    }

    // The known tags in their usual order, then any others found in the data, in ordinal order; only tags with a positive example.
    private static List<string> TagsOf(List<LabelledText> examples, IReadOnlyList<string> known)
    {
        var present = examples.SelectMany(e => e.Labels).ToHashSet(StringComparer.Ordinal);
        return [.. known.Where(present.Contains), .. present.Except(known).Order(StringComparer.Ordinal)];
    }

    private List<TagClassifier> TrainGroup(List<LabelledText> examples, List<string> tags, List<ClassificationMetrics> metrics, CancellationToken cancellationToken)
    {
        var vectors = examples.Select(e => SentenceFeatures.Featurize(e.Text)).ToArray();
        var thresholds = tags.ToDictionary(t => t, _ => DefaultThreshold, StringComparer.Ordinal);
        var calibrations = new Dictionary<string, (float Slope, float Offset)>(StringComparer.Ordinal);
        var folds = _options.CrossValidationFolds;
        if (folds >= 2 && examples.Count >= folds * 2)
        {
            // Every example's probabilities from a model that never saw it.
            var random = new Random(_options.Seed);
            var fold = Enumerable.Range(0, examples.Count).Select(i => (i, key: random.Next())).OrderBy(x => x.key).Select((x, rank) => (x.i, rank % folds)).OrderBy(x => x.i).Select(x => x.Item2).ToArray();
            var predictions = new float[tags.Count][];
            for (var t = 0; t < tags.Count; t++)
            {
                // Out-of-fold linear scores: the calibration is fitted on them (scores the model gives to sentences it
                // did not see), not on the training scores, which are overconfident.
                var scores = new float[examples.Count];
                for (var f = 0; f < folds; f++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var train = Enumerable.Range(0, examples.Count).Where(i => fold[i] != f).ToList();
                    var classifier = TrainOne(tags[t], train.Select(i => vectors[i]).ToList(), train.Select(i => examples[i].Labels.Contains(tags[t])).ToList());
                    for (var i = 0; i < examples.Count; i++)
                    {
                        if (fold[i] == f)
                        {
                            scores[i] = classifier?.RawScore(vectors[i]) ?? -10f;
                        }
                    }
                }

                var labels = examples.Select(e => e.Labels.Contains(tags[t])).ToArray();
                calibrations[tags[t]] = PlattCalibration.Fit(scores, labels);
                var (slope, offset) = calibrations[tags[t]];
                predictions[t] = [.. scores.Select(s => 1f / (1f + MathF.Exp((slope * s) + offset)))];
                thresholds[tags[t]] = BestThreshold(examples, tags[t], predictions[t]);
            }

            foreach (var language in examples.Select(e => e.Language).Distinct().Order(StringComparer.Ordinal))
            {
                var rows = new List<ClassificationMetrics>();
                for (var t = 0; t < tags.Count; t++)
                {
                    var threshold = thresholds[tags[t]];
                    var p = predictions[t];
                    rows.Add(ClassificationMetrics.Count(tags[t], language, examples.Select((e, i) => (e, i)).Where(x => x.e.Language == language).Select(x => (x.e.Labels.Contains(tags[t]), p[x.i] >= threshold))));
                }

                metrics.AddRange(rows);
                metrics.Add(ClassificationMetrics.Sum("micro", language, rows));
            }
        }

        var result = new List<TagClassifier>(tags.Count);
        foreach (var tag in tags)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TrainOne(tag, vectors, [.. examples.Select(e => e.Labels.Contains(tag))]) is { } classifier)
            {
                result.Add(calibrations.TryGetValue(tag, out var calibration)
                    ? classifier with { Threshold = thresholds[tag], Slope = calibration.Slope, Offset = calibration.Offset }
                    : classifier with { Threshold = thresholds[tag] });
            }
        }

        return result;
    }

    // The threshold (0.05 … 0.95 by 0.05) with the best F1 on the cross-validated predictions; ties go to the lower one.
    private static float BestThreshold(List<LabelledText> examples, string tag, float[] predictions)
    {
        var best = (F1: -1.0, Threshold: DefaultThreshold);
        for (var step = 1; step <= 19; step++)
        {
            var threshold = step * 0.05f;
            var f1 = ClassificationMetrics.Count(tag, null, examples.Select((e, i) => (e.Labels.Contains(tag), predictions[i] >= threshold))).F1;
            if (f1 > best.F1 + 1e-9)
            {
                best = (f1, threshold);
            }
        }

        return (float)Math.Round(best.Threshold, 2);
    }

    private TagClassifier? TrainOne(string tag, IReadOnlyList<SparseVector> vectors, List<bool> labels)
    {
        if (!labels.Contains(true) || !labels.Contains(false))
        {
            return null;
        }

        var ml = new MLContext(_options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, SentenceFeatures.Size);
        var rows = vectors.Select((v, i) => new Row
        {
            Features = new VBuffer<float>(SentenceFeatures.Size, v.Indices.Length, v.Values, v.Indices),
            Label = labels[i],
        });
        var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = _options.L2Regularization,
            MaximumNumberOfIterations = _options.MaximumIterations,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)).Model;
        var calibrator = (PlattCalibrator)model.Calibrator;
        var dense = model.SubModel.Weights;
        var indices = new List<int>();
        var weights = new List<float>();
        for (var index = 0; index < dense.Count; index++)
        {
            if (Math.Abs(dense[index]) >= _options.WeightCutoff && dense[index] != 0)
            {
                indices.Add(index);
                weights.Add(dense[index]);
            }
        }

        return new TagClassifier(tag, model.SubModel.Bias, (float)calibrator.Slope, (float)calibrator.Offset, DefaultThreshold, [.. indices], [.. weights]);
    }

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }
    }
}
