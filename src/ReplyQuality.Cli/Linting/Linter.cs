using System.Collections.Concurrent;
using ReplyQuality.Cli.Inputs;

namespace ReplyQuality.Cli.Linting;

/// <summary>
/// Analyses records on every core while keeping their order: a bounded window of records is analysed ahead of
/// the one being reported, so memory stays flat however long the input is (a 1 GB JSONL stream included).
/// </summary>
internal sealed class Linter(IReplyAnalyzer analyzer, Baseline baseline, string? language)

{
    private static readonly int Window = Math.Max(4, Environment.ProcessorCount * 8);

    /// <summary>
    /// Analyses the records, yielding results in input order. Reading runs on its own thread, so a result is
    /// written as soon as it is ready even while the next record has not arrived (a slow pipe on stdin).
    /// </summary>
    public IEnumerable<LintResult> Run(IEnumerable<ReplyRecord> records, CancellationToken cancellationToken)
    {
        using var pending = new BlockingCollection<Task<LintResult>>(Window);
        Exception? readFailure = null;
        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var record in records)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            break;
                        }

                        pending.Add(Task.Run(() => Analyze(record), CancellationToken.None), cancellationToken);
                    }
                }
                catch (OperationCanceledException)
                {
                    // Stopped by the user: the consumer reports it.
                }
#pragma warning disable CA1031 // Passed on to the consumer, which rethrows it on the main thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    readFailure = e;
                }
                finally
                {
                    pending.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        foreach (var task in pending.GetConsumingEnumerable(cancellationToken))
        {
            yield return task.GetAwaiter().GetResult();
        }

        reader.GetAwaiter().GetResult();
        if (readFailure is not null)
        {
            throw new InvalidOperationException($"reading the input failed: {readFailure.Message}", readFailure);
        }

        cancellationToken.ThrowIfCancellationRequested();
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
                Language = language ?? record.Language,
                Format = record.Format,
                ReceivedAt = record.ReceivedAt,
                RespondedAt = record.RespondedAt,
            });
        }
        catch (ArgumentException e)
        {
            return LintResult.Failed(record, e.Message);
        }
#pragma warning disable CA1031 // One record must never stop a run: report it and go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return LintResult.Failed(record, $"internal error while analysing: {e.GetType().Name}: {e.Message}");
        }

        var findings = assessment.Findings
            .Where(f => !record.IsSuppressed(f.RuleId) && !baseline.Contains(record.File, record.Id, f))
            .ToList();
        return new LintResult(record, assessment, findings, null);
    }
}
