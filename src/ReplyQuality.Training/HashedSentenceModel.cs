using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ReplyQuality.Model;

namespace ReplyQuality.Training;

/// <summary>
/// The sentence model on the library's own featurisation (<see cref="SentenceFeatures"/>): ML.NET trains one
/// calibrated logistic classifier per tag on the hashed n-gram vectors, and the result is exported as plain
/// weights (bias, sparse weights, Platt calibration) that the library scores with a dot product.
/// </summary>
internal sealed class HashedSentenceModel
{
    private readonly Dictionary<string, TagClassifier> _tags;

    private HashedSentenceModel(Dictionary<string, TagClassifier> tags) => _tags = tags;

    /// <summary>Each tag's classifier in the library's own form (threshold 0.5 until one is chosen).</summary>
    public IReadOnlyDictionary<string, TagClassifier> Tags => _tags;

    /// <summary>Trains the model (fixed seed: reproducible).</summary>
    public static HashedSentenceModel Train(IReadOnlyList<CorpusSentence> sentences, IReadOnlyList<string> tags, int seed = 20261126)
    {
        var ml = new MLContext(seed);
        var vectors = sentences.Select(s => SentenceFeatures.Featurize(s.Text)).ToList();
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, SentenceFeatures.Size);
        var result = new Dictionary<string, TagClassifier>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var rows = sentences.Select((s, i) => new Row
            {
                Features = new VBuffer<float>(SentenceFeatures.Size, vectors[i].Indices.Length, vectors[i].Values, vectors[i].Indices),
                Label = s.Labels.Contains(tag),
            }).ToList();
            if (!rows.Exists(r => r.Label))
            {
                continue;
            }

            var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(
                new SdcaLogisticRegressionBinaryTrainer.Options { L2Regularization = 1e-4f, MaximumNumberOfIterations = 100 });
            var model = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)).Model;
            var linear = model.SubModel;
            var calibrator = (PlattCalibrator)model.Calibrator;
            var indices = new List<int>();
            var weights = new List<float>();
            var dense = linear.Weights;
            for (var index = 0; index < dense.Count; index++)
            {
                if (Math.Abs(dense[index]) >= 1e-5f)
                {
                    indices.Add(index);
                    weights.Add(dense[index]);
                }
            }

            result[tag] = new TagClassifier(tag, linear.Bias, (float)calibrator.Slope, (float)calibrator.Offset, 0.5f, [.. indices], [.. weights]);
        }

        return new HashedSentenceModel(result);
    }

    /// <summary>Probabilities of every tag for each sentence, computed from the exported weights.</summary>
    public List<Dictionary<string, float>> Score(IReadOnlyList<string> texts) =>
        [.. texts.Select(text =>
        {
            var vector = SentenceFeatures.Featurize(text);
            return _tags.ToDictionary(kv => kv.Key, kv => kv.Value.Probability(vector), StringComparer.Ordinal);
        })];

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }
    }
}
