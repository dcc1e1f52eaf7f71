using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary>
/// Writes the report of a run in one format. Results arrive in input order, one at a time; streaming formats
/// write each one at once, document formats (JSON, SARIF, JUnit) keep them until <see cref="Complete"/>.
/// </summary>
internal abstract class ReportWriter : IDisposable
{
    /// <summary>The report formats, by <c>--format</c> name.</summary>
    public static readonly string[] Formats = ["text", "json", "jsonl", "sarif", "github", "junit"];

    /// <summary>Creates the writer for a format.</summary>
    public static ReportWriter Create(string format, TextWriter output, bool color) => format switch
    {
        "text" => new TextReport(output, color),
        "json" => new JsonReport(output),
        "jsonl" => new JsonLinesReport(output),
        "sarif" => new SarifReport(output),
        "github" => new GitHubReport(output),
        "junit" => new JUnitReport(output),
        _ => throw new UsageException($"unknown format '{format}' (use {string.Join(", ", Formats)})"),
    };

    /// <summary>Writes (or keeps) one result.</summary>
    public abstract void Write(LintResult result);

    /// <summary>Finishes the report.</summary>
    public abstract void Complete(LintSummary summary);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases buffers held by the writer.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
