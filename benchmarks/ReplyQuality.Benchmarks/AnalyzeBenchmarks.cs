using BenchmarkDotNet.Attributes;

namespace ReplyQuality.Benchmarks;

/// <summary>One reply through the whole engine (all rules, both languages available), after warm-up.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.CreateDefault();
    private ReplyDraft _draft = new(string.Empty);

    [Params("es-short", "en-short", "es-typical", "en-typical", "es-long", "en-long")]
    public string Reply { get; set; } = "es-typical";

    [GlobalSetup]
    public void Setup() => _draft = new ReplyDraft(Replies.ByName[Reply]) { CustomerMessage = "Mi pedido no llega / my order has not arrived" };

    [Benchmark]
    public ReplyAssessment Analyze() => _analyzer.Analyze(_draft);
}
