using System.Xml;
using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary>
/// <c>--format junit</c>: one test suite per input file and one test case per record; a record fails with its
/// findings at or above warning, and a record that cannot be read is an error.
/// </summary>
internal sealed class JUnitReport(TextWriter output) : ReportWriter
{
    private readonly List<LintResult> _results = [];

    /// <inheritdoc />
    public override void Write(LintResult result) => _results.Add(result);

    /// <inheritdoc />
    public override void Complete(LintSummary summary)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new System.Text.UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", ResultJson.ToolName);
        xml.WriteAttributeString("tests", Count(_ => true));
        xml.WriteAttributeString("failures", Count(IsFailure));
        xml.WriteAttributeString("errors", Count(r => r.Error is not null));
        foreach (var file in _results.GroupBy(r => r.Record.File))
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", file.Key);
            xml.WriteAttributeString("tests", file.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", file.Count(IsFailure).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("errors", file.Count(r => r.Error is not null).ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var result in file)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", file.Key);
                xml.WriteAttributeString("name", result.Record.Id);
                if (result.Error is not null)
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("message", result.Error);
                    xml.WriteAttributeString("type", "unreadable");
                    xml.WriteEndElement();
                }
                else if (IsFailure(result))
                {
                    var serious = result.Findings.Where(f => f.Severity >= Severity.Warning).ToList();
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", $"score {result.Assessment!.Score}: {string.Join(", ", serious.Select(f => f.RuleId))}");
                    xml.WriteAttributeString("type", Names.Lower(serious.Max(f => f.Severity)));
                    xml.WriteString(string.Join('\n', serious.Select(f => $"{f.RuleId} {f.Name} ({Names.Lower(f.Severity)}): {f.Message}")));
                    xml.WriteEndElement();
                }

                if (result.Findings.Count > 0)
                {
                    xml.WriteElementString("system-out", string.Join('\n', result.Findings.Select(f => $"{f.RuleId} {Names.Lower(f.Severity)}: {f.Message} → {f.Suggestion}")));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.Flush();
        output.WriteLine();
    }

    private static bool IsFailure(LintResult result) => result.Error is null && result.Findings.Any(f => f.Severity >= Severity.Warning);

    private string Count(Func<LintResult, bool> predicate) =>
        _results.Count(predicate).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
