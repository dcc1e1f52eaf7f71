using BenchmarkDotNet.Attributes;

namespace ReplyQuality.Benchmarks;

/// <summary>The model on its own: loading the embedded model (cold: read and index the weights) and scoring one sentence.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private readonly byte[] _embedded = Save(ReplyModel.Default);
    private readonly ReplyModel _model = ReplyModel.Default;

    /// <summary>Reading and indexing the model the library embeds (what the first analysis pays once).</summary>
    [Benchmark]
    public ReplyModel Load() => ReplyModel.Load(new MemoryStream(_embedded, writable: false), "embedded");

    /// <summary>Featurising one typical sentence and scoring all sixteen tags.</summary>
    [Benchmark]
    public IReadOnlyDictionary<string, float> PredictSentence() => _model.PredictSentence("Well, maybe next time you could read the terms before you sign them.");

    private static byte[] Save(ReplyModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
