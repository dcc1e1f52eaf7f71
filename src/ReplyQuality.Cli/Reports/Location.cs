using ReplyQuality.Cli.Inputs;

namespace ReplyQuality.Cli.Reports;

/// <summary>Where a finding is in its input file, 1-based. Columns are known only for whole-file replies.</summary>
/// <param name="Line">Start line.</param>
/// <param name="Column">Start column (UTF-16 code units), or <see langword="null"/>.</param>
/// <param name="EndLine">End line.</param>
/// <param name="EndColumn">Column just after the span, or <see langword="null"/>.</param>
internal readonly record struct Location(int Line, int? Column, int EndLine, int? EndColumn)
{
    /// <summary>The location of a finding's first span (or of the record, for a finding without a span).</summary>
    public static Location Of(ReplyRecord record, Finding finding)
    {
        if (!record.IsWholeFile || record.Text is null || finding.Spans.Count == 0)
        {
            return new Location(record.Line, null, record.Line, null);
        }

        var span = finding.Spans[0];
        var (line, column) = LineColumn(record.Text, span.Start);
        var (endLine, endColumn) = LineColumn(record.Text, span.Start + span.Length);
        return new Location(line, column, endLine, endColumn);
    }

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
