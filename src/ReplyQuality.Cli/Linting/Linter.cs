using ReplyQuality.Cli.Inputs;

namespace ReplyQuality.Cli.Linting;

/// <summary>
/// Analyses records on every core while keeping their order: a bounded window of records is analysed ahead of
/// the one being reported, so memory stays flat however long the input is (a 1 GB JSONL stream included).
/// </summary>
internal sealed class Linter(IReplyAnalyzer analyzer, Baseline baseline, string? language)
{
    private static readonly int Window = Math.Max(4, Environment.ProcessorCount * 8);

    /// <summary>Analyses the records, yielding results in input order.</summary>
    public IEnumerable<LintResult> Run(IEnumerable<ReplyRecord> records, CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<LintResult>>(Window);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pending.Enqueue(Task.Run(() => Analyze(record), cancellationToken));
            if (pending.Count >= Window)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>Analyses one record; never throws for bad input.</summary>
    public LintResult Analyze(ReplyRecord record)
    {
        if (record.Error is not null || record.Text is null)
        {
            return LintResult.Failed(record, record.Error ?? "the record has no 'text'");
        }

        ReplyAssessment assessment;
        try
        {
            assessment = analyzer.Analyze(new ReplyDraft(record.Text)
            {
                CustomerMessage = record.CustomerMessage,
                Language = record.Language ?? language,
                ReceivedAt = record.ReceivedAt,
                RespondedAt = record.RespondedAt,
            });
        }
        catch (ArgumentException e)
        {
            return LintResult.Failed(record, e.Message);
        }

        var findings = assessment.Findings
            .Where(f => !record.IsSuppressed(f.RuleId) && !baseline.Contains(record.File, record.Id, f))
            .ToList();
        return new LintResult(record, assessment, findings, null);
    }
}
