using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ReplyQuality.Benchmarks;

/// <summary>A 10 000-reply corpus through one shared analyzer: one thread, and all cores (<c>Parallel.For</c>).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 5, warmupCount: 1)]
public class ThroughputBenchmarks
{
    /// <summary>Replies per operation.</summary>
    public const int Count = 10_000;

    private readonly ReplyAnalyzer _analyzer = ReplyAnalyzer.CreateDefault();
    private readonly ReplyDraft[] _replies = Corpus.Replies(Count);

    /// <summary>Warms both languages and the model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ = _analyzer.Analyze(_replies[0]);
        _ = _analyzer.Analyze(_replies[1]);
    }

    /// <summary>10 000 replies, one after another.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int OneThread()
    {
        var findings = 0;
        foreach (var reply in _replies)
        {
            findings += _analyzer.Analyze(reply).Findings.Count;
        }

        return findings;
    }

    /// <summary>10 000 replies over all cores.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int AllCores()
    {
        var findings = 0;
        Parallel.For(0, _replies.Length, () => 0, (i, _, local) => local + _analyzer.Analyze(_replies[i]).Findings.Count, local => Interlocked.Add(ref findings, local));
        return findings;
    }
}
