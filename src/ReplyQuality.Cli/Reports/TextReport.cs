using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary>
/// <c>--format text</c>: <c>file:line:col: severity RQxxx name: message</c>, the reply line with the span
/// underlined, the suggestion, then a summary. Colour only when writing to a terminal and <c>NO_COLOR</c> is unset.
/// </summary>
internal sealed class TextReport(TextWriter output, bool color) : ReportWriter
{
    private const string Reset = "\u001b[0m";

    /// <inheritdoc />
    public override void Write(LintResult result)
    {
        var record = result.Record;
        if (result.Error is not null)
        {
            output.WriteLine($"{record.File}:{record.Line}: {Paint("error", "\u001b[31;1m")} could not analyse record '{record.Id}': {result.Error}");
            return;
        }

        foreach (var finding in result.Findings)
        {
            var location = Location.Of(record, finding);
            var where = $"{record.File}:{location.Line}:{location.Column ?? 1}";
            var severity = Names.Lower(finding.Severity);
            output.WriteLine($"{where}: {Paint(severity, SeverityColour(finding.Severity))} {Paint(finding.RuleId, "\u001b[1m")} {finding.Name}: {finding.Message}{(record.IsWholeFile ? "" : $" [{record.Id}]")}");
            if (finding.Spans.Count > 0 && record.Text is not null)
            {
                Underline(record.Text, finding.Spans[0]);
            }

            output.WriteLine($"    {Paint("fix:", "\u001b[2m")} {finding.Suggestion}");
        }
    }

    /// <inheritdoc />
    public override void Complete(LintSummary summary)
    {
        var verdict = summary.Failed ? Paint("failed", "\u001b[31;1m") : Paint("passed", "\u001b[32;1m");
        output.WriteLine($"{summary.Records} replies: {summary.Errors} errors, {summary.Warnings} warnings, {summary.Infos} infos, {summary.ReadErrors} unreadable — {verdict}");
    }

    private void Underline(string text, ReplySpan span)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        if (span.Start == 0)
        {
            lineStart = 0;
        }

        var lineEnd = text.IndexOf('\n', span.Start);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var line = text[lineStart..lineEnd].TrimEnd('\r').Replace('\t', ' ');
        var from = span.Start - lineStart;
        var width = Math.Max(1, Math.Min(span.Length, line.Length - from));
        const int Max = 160;
        if (line.Length > Max)
        {
            var cut = Math.Max(0, Math.Min(from - 20, line.Length - Max));
            line = line.Substring(cut, Math.Min(Max, line.Length - cut));
            from -= cut;
            width = Math.Max(1, Math.Min(width, line.Length - from));
        }

        output.WriteLine($"    {line}");
        output.WriteLine($"    {new string(' ', Math.Max(0, from))}{Paint(new string('^', width), "\u001b[33m")}");
    }

    private string Paint(string text, string code) => color ? code + text + Reset : text;

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31;1m",
        Severity.Warning => "\u001b[33;1m",
        _ => "\u001b[36m",
    };
}
