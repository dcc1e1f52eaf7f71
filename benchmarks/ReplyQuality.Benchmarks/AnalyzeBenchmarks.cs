using BenchmarkDotNet.Attributes;

namespace ReplyQuality.Benchmarks;

/// <summary>One reply through the engine (all rules, both languages available), with and without the model, after warm-up.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.CreateDefault();
    private readonly ReplyAnalyzer _rulesOnly = ReplyAnalyzer.Create(new ReplyQualityOptions { UseModel = false });
    private readonly ReplyAnalyzer _modelOnly = ReplyAnalyzer.Create(new ReplyQualityOptions { ModelOnly = true });
    private ReplyDraft _draft = new(string.Empty);

    [Params("es-short", "en-short", "es-typical", "en-typical", "es-long", "en-long")]
    public string Reply { get; set; } = "es-typical";

    [GlobalSetup]
    public void Setup() => _draft = new ReplyDraft(Replies.ByName[Reply]) { CustomerMessage = "Mi pedido no llega / my order has not arrived" };

    /// <summary>Phrase rules and model (the default).</summary>
    [Benchmark(Baseline = true)]
    public ReplyAssessment Analyze() => _analyzer.Analyze(_draft);

    /// <summary>The model alone for the rules it covers (their phrase lists off).</summary>
    [Benchmark]
    public ReplyAssessment AnalyzeModelOnly() => _modelOnly.Analyze(_draft);

    /// <summary>Phrase rules only.</summary>
    [Benchmark]
    public ReplyAssessment AnalyzeRulesOnly() => _rulesOnly.Analyze(_draft);
}
