using BenchmarkDotNet.Attributes;

namespace ReplyQuality.Benchmarks;

/// <summary>Time against reply length (100 → 10 000 characters): the engine must stay linear.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.CreateDefault();
    private ReplyDraft _draft = new(string.Empty);

    /// <summary>Reply length in characters.</summary>
    [Params(100, 1_000, 10_000)]
    public int Length { get; set; }

    /// <summary>The reply's language.</summary>
    [Params("es", "en")]
    public string Language { get; set; } = "es";

    /// <summary>Builds the reply.</summary>
    [GlobalSetup]
    public void Setup() => _draft = new ReplyDraft(Corpus.OfLength(Length, Language)) { Language = Language };

    /// <summary>One analysis.</summary>
    [Benchmark]
    public ReplyAssessment Analyze() => _analyzer.Analyze(_draft);
}
