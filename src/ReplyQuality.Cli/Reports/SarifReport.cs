using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 with the rule catalogue (help links, default levels), one result per
/// finding with its region, and unreadable records as tool notifications — what GitHub code scanning reads.
/// </summary>
internal sealed class SarifReport(TextWriter output) : ReportWriter
{
    private readonly List<LintResult> _results = [];

    /// <inheritdoc />
    public override void Write(LintResult result) => _results.Add(result);

    /// <inheritdoc />
    public override void Complete(LintSummary summary)
    {
        var rules = RuleCatalog.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = ResultJson.WriterOptions.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json);
            json.WriteStartArray("results");
            foreach (var result in _results.Where(r => r.Error is null))
            {
                foreach (var finding in result.Findings)
                {
                    WriteResult(json, result, finding, ruleIndex[finding.RuleId]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ResultJson.ToolName);
        json.WriteString("semanticVersion", ResultJson.Version);
        json.WriteString("informationUri", "https://github.com/replyquality/ReplyQuality");
        json.WriteStartObject("properties");
        json.WriteString("model", ResultJson.Model); // which model analysed the replies (embedded, custom or none)
        json.WriteEndObject();
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description}\n\nHow to fix: {rule.Suggestion}");
            json.WriteString("markdown", $"{rule.Description}\n\n**How to fix:** {rule.Suggestion}\n\n[{rule.Id} {rule.Name}]({rule.HelpUri.AbsoluteUri})");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", Names.Lower(rule.Category));
            json.WriteStartArray("tags");
            json.WriteStringValue("customer-service");
            json.WriteStringValue(Names.Lower(rule.Category));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter json)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var result in _results.Where(r => r.Error is not null))
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"could not analyse record '{result.Record.Id}': {result.Error}");
            json.WriteEndObject();
            json.WriteStartArray("locations");
            WriteLocation(json, result.Record.File, new Location(result.Record.Line, null, result.Record.Line, null), null);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, LintResult result, Finding finding, int index)
    {
        var record = result.Record;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", record.IsWholeFile ? finding.Message : $"{finding.Message} [{record.Id}]");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, record.File, Location.Of(record, finding), finding.Spans.Count > 0 ? finding.Spans[0].Text : null);
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("replyLint/v1", Fingerprint(record.File, record.Id, finding));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("recordId", record.Id);
        json.WriteNumber("confidence", Math.Round(finding.Confidence, 2));
        json.WriteString("source", Names.Lower(finding.Source));
        json.WriteNumber("score", result.Assessment!.Score);
        json.WriteString("suggestion", finding.Suggestion);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string file, Location location, string? snippet)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", file == "-" ? "stdin" : Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        if (location.Column is { } column)
        {
            json.WriteNumber("startColumn", column);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", Math.Max(column, location.EndColumn ?? column));
        }

        if (snippet is not null)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Fingerprint(string file, string id, Finding finding)
    {
        var key = $"{file}\u001F{id}\u001F{finding.RuleId}\u001F{string.Join('|', finding.Spans.Select(s => s.Text))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
