using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ReplyQuality.Training;

/// <summary>
/// The comparison model (<c>--mlnet-features</c>): ML.NET's own text featurisation (word 1–2-grams and character 4-grams, lower case, no
/// diacritics) shared by one calibrated linear classifier per tag. Featurising once and scoring every tag from the
/// same vector. The shipped model uses the library's own features instead (<see cref="HashedSentenceModel"/>).
/// </summary>
internal sealed class FeaturizeTextModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly Dictionary<string, ITransformer> _classifiers;

    private FeaturizeTextModel(MLContext ml, ITransformer featurizer, Dictionary<string, ITransformer> classifiers)
    {
        _ml = ml;
        _featurizer = featurizer;
        _classifiers = classifiers;
    }

    /// <summary>The tags the model scores.</summary>
    public IReadOnlyCollection<string> Tags => _classifiers.Keys;

    /// <summary>Trains a model on sentences for the given tags (a fixed seed makes it reproducible).</summary>
    public static FeaturizeTextModel Train(IReadOnlyList<CorpusSentence> sentences, IReadOnlyList<string> tags, int seed = 20261126)
    {
        var ml = new MLContext(seed);
        var rows = sentences.Select(s => new TextRow { Text = s.Text }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = ml.Transforms.Text.FeaturizeText(
            "Features",
            new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            },
            nameof(TextRow.Text)).Fit(data);
        var features = featurizer.Transform(data);
        var vectors = ml.Data.CreateEnumerable<FeatureRow>(features, reuseRowObject: false, ignoreMissingColumns: true)
            .Select(r => r.Features)
            .ToList(); // sparse: each sentence holds only its own n-grams
        var size = vectors.Count == 0 ? 0 : vectors[0].Length;
        var schema = SchemaDefinition.Create(typeof(LabelledFeatures));
        schema[nameof(LabelledFeatures.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);

        var classifiers = new Dictionary<string, ITransformer>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var labelled = sentences.Select((s, i) => new LabelledFeatures { Features = vectors[i], Label = s.Labels.Contains(tag) }).ToList();
            if (!labelled.Exists(l => l.Label))
            {
                continue;
            }

            var view = ml.Data.LoadFromEnumerable(labelled, schema);
            var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(
                new Microsoft.ML.Trainers.SdcaLogisticRegressionBinaryTrainer.Options { L2Regularization = 1e-4f, MaximumNumberOfIterations = 100 });
            classifiers[tag] = trainer.Fit(view);
        }

        return new FeaturizeTextModel(ml, featurizer, classifiers);
    }

    /// <summary>The probability of every tag for each sentence.</summary>
    public List<Dictionary<string, float>> Score(IReadOnlyList<string> texts)
    {
        var data = _ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t }));
        var features = _featurizer.Transform(data);
        var results = texts.Select(_ => new Dictionary<string, float>(StringComparer.Ordinal)).ToList();
        foreach (var (tag, classifier) in _classifiers)
        {
            var scored = classifier.Transform(features);
            var i = 0;
            foreach (var row in _ml.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: false, ignoreMissingColumns: true))
            {
                results[i++][tag] = row.Probability;
            }
        }

        return results;
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    private sealed class FeatureRow
    {
        public VBuffer<float> Features { get; set; }
    }

    private sealed class LabelledFeatures
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }
    }

    private sealed class ScoreRow
    {
        public float Probability { get; set; }
    }
}
