using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ReplyQuality.Benchmarks;

/// <summary>Building an analyzer: with the shared defaults, and with custom phrases (which recompiles a language).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10)]
public class StartupBenchmarks
{
    private readonly ReplyQualityOptions _custom = CreateCustom();

    [Benchmark(Baseline = true)]
    public ReplyAnalyzer CreateDefault() => ReplyAnalyzer.CreateDefault();

    [Benchmark]
    public ReplyAnalyzer CreateWithCustomPhrases() => ReplyAnalyzer.Create(_custom);

    private static ReplyQualityOptions CreateCustom()
    {
        var options = new ReplyQualityOptions();
        options.Rule("RQ203").AddPhrases("es", "mire en el portal del empleado");
        return options;
    }
}
