using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), so each
/// finding shows as an annotation on its line in the pull request.
/// </summary>
internal sealed class GitHubReport(TextWriter output) : ReportWriter
{
    /// <inheritdoc />
    public override void Write(LintResult result)
    {
        var record = result.Record;
        if (result.Error is not null)
        {
            output.WriteLine($"::error file={Property(record.File)},line={record.Line},title={Property("reply-lint: unreadable record")}::{Data($"{record.Id}: {result.Error}")}");
            return;
        }

        foreach (var finding in result.Findings)
        {
            var location = Location.Of(record, finding);
            var level = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var position = $"line={location.Line},endLine={location.EndLine}";
            if (location.Column is { } column && location.EndColumn is { } endColumn && location.EndLine == location.Line)
            {
                position += $",col={column},endColumn={endColumn}";
            }

            var message = record.IsWholeFile ? finding.Message : $"{finding.Message} [{record.Id}]";
            output.WriteLine($"::{level} file={Property(record.File)},{position},title={Property($"{finding.RuleId} {finding.Name}")}::{Data($"{message}\n{finding.Suggestion}")}");
        }
    }

    /// <inheritdoc />
    /// <remarks>Every line of this format is a workflow command; the counts are in the exit code and the other formats.</remarks>
    public override void Complete(LintSummary summary) => output.Flush();

    // Escaping as the runner expects (actions/toolkit: escapeData / escapeProperty).
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
