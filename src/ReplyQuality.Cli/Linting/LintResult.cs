using ReplyQuality.Cli.Inputs;

namespace ReplyQuality.Cli.Linting;

/// <summary>The outcome for one record: its assessment and the findings that count, or why it could not be read.</summary>
/// <param name="Record">The record.</param>
/// <param name="Assessment">The library's assessment, or <see langword="null"/> for an error.</param>
/// <param name="Findings">Findings after inline suppressions and the baseline.</param>
/// <param name="Error">Why the record could not be analysed.</param>
internal sealed record LintResult(ReplyRecord Record, ReplyAssessment? Assessment, IReadOnlyList<Finding> Findings, string? Error)
{
    /// <summary>A result for a record that could not be read or analysed.</summary>
    public static LintResult Failed(ReplyRecord record, string error) => new(record, null, [], error);
}

/// <summary>Counts over a run.</summary>
internal sealed class LintSummary
{
    /// <summary>Records read (including those with errors).</summary>
    public int Records { get; private set; }

    /// <summary>Error-level findings.</summary>
    public int Errors { get; private set; }

    /// <summary>Warning-level findings.</summary>
    public int Warnings { get; private set; }

    /// <summary>Info-level findings.</summary>
    public int Infos { get; private set; }

    /// <summary>Records that could not be read or analysed.</summary>
    public int ReadErrors { get; private set; }

    /// <summary>Records that fail the thresholds.</summary>
    public int FailedRecords { get; private set; }

    /// <summary>Whether the run fails (exit code 1).</summary>
    public bool Failed => FailedRecords > 0;

    /// <summary>Adds a result.</summary>
    public void Add(LintResult result, bool failed)
    {
        Records++;
        if (result.Error is not null)
        {
            ReadErrors++;
        }

        foreach (var finding in result.Findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error:
                    Errors++;
                    break;
                case Severity.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }
        }

        if (failed)
        {
            FailedRecords++;
        }
    }
}
