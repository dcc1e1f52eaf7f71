namespace ReplyQuality.Tests;

public sealed class BatchTests
{
    private static readonly ReplyDraft[] Drafts =
    [
        new("Consulte nuestra web."),
        new("THIS IS NOT OUR FAULT!!!"),
        new("Sorry for the wait, I've refunded you today. Thanks!") { CustomerMessage = "Where is my refund?" },
    ];

    [Fact]
    public void AnalyzeMany_returns_one_assessment_per_draft_in_order()
    {
        var many = Analyzers.Default.AnalyzeMany(Drafts).ToList();

        Assert.Equal(Drafts.Select(d => Analyzers.Default.Analyze(d).Score), many.Select(a => a.Score));
    }

    [Fact]
    public async Task AnalyzeManyAsync_streams_in_order()
    {
        var results = new List<ReplyAssessment>();
        await foreach (var a in Analyzers.Default.AnalyzeManyAsync(Drafts.ToAsyncEnumerable()))
        {
            results.Add(a);
        }

        Assert.Equal(Drafts.Select(d => Analyzers.Default.Analyze(d).Score), results.Select(a => a.Score));
    }

    [Fact]
    public async Task Cancellation_stops_the_batch_between_replies()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;

        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in Analyzers.Default.AnalyzeMany(Enumerable.Repeat(Drafts[0], 1000), cts.Token))
            {
                if (++seen == 3)
                {
                    cts.Cancel();
                }
            }
        });
        Assert.Equal(3, seen);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Analyzers.Default.AnalyzeManyAsync(Drafts.ToAsyncEnumerable(), cts.Token))
            {
            }
        });
    }

    [Fact]
    public void One_analyzer_serves_many_threads_with_identical_results()
    {
        var corpus = Enumerable.Range(0, 400).Select(i => Drafts[i % Drafts.Length]).ToArray();
        var sequential = corpus.Select(d => Fingerprint(Analyzers.Default.Analyze(d))).ToArray();

        var parallel = corpus.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(d => Fingerprint(Analyzers.Default.Analyze(d))).ToArray();

        Assert.Equal(sequential, parallel);
    }

    internal static string Fingerprint(ReplyAssessment a) =>
        $"{a.Score}|{a.Verdict}|{a.Language}|{a.MessageKind}|" + string.Join(";", a.Findings.Select(f => $"{f.RuleId}:{f.Severity}:{f.Confidence}:{string.Join(",", f.Spans.Select(s => $"{s.Start}+{s.Length}"))}"));
}
