using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ReplyQuality.Benchmarks;

/// <summary>
/// Building an analyzer: with the shared defaults, with custom phrases (a language is recompiled when its first reply
/// arrives), and that first reply itself (compiling the English phrase graph, then analysing).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10)]
public class StartupBenchmarks
{
    private readonly ReplyQualityOptions _custom = CreateCustom();

    [Benchmark(Baseline = true)]
    public ReplyAnalyzer CreateDefault() => ReplyAnalyzer.CreateDefault();

    [Benchmark]
    public ReplyAnalyzer CreateWithCustomPhrases() => ReplyAnalyzer.Create(_custom);

    /// <summary>A new analyzer with custom phrases and its first English reply: the language's phrase graph is compiled.</summary>
    [Benchmark]
    public ReplyAssessment FirstReplyOfNewLanguage() =>
        ReplyAnalyzer.Create(_custom).Analyze(new ReplyDraft(Replies.ByName["en-typical"]) { Language = "en" });

    private static ReplyQualityOptions CreateCustom()
    {
        var options = new ReplyQualityOptions();
        options.Rule("RQ203").AddPhrases("es", "mire en el portal del empleado");
        options.Rule("RQ203").AddPhrases("en", "see the staff portal");
        return options;
    }
}
