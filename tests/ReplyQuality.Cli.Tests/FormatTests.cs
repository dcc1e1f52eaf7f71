using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ReplyQuality.Cli.Tests;

/// <summary>The other report formats over the mixed fixture: text, jsonl, sarif, github, junit, and --output.</summary>
public sealed class FormatTests
{
    private static readonly string[] Lines = ["\r\n", "\n"];

    [Fact]
    public void Text_is_the_default_and_gives_file_line_column_severity_rule_and_name()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed");

        Assert.True(run.ExitCode == 1, run.Because("The mixed fixture has errors: expected exit code 1."));
        Assert.True(
            Regex.IsMatch(run.Stdout, @"replies\.json:2:\d+: error RQ205 blames-customer: \S", RegexOptions.Multiline | RegexOptions.IgnoreCase),
            run.Because("Expected a line like \"mixed/replies.json:2:1: error RQ205 blames-customer: …\" (json-terms is on line 2)."));
        Assert.True(
            Regex.IsMatch(run.Stdout, @"es-courier\.txt:\d+:\d+: warning RQ201 blames-third-party: \S", RegexOptions.Multiline | RegexOptions.IgnoreCase),
            run.Because("Expected a line like \"mixed/es-courier.txt:3:1: warning RQ201 blames-third-party: …\"."));
        Assert.False(run.Stdout.Contains('\u001b'), run.Because("NO_COLOR is set and stdout is not a terminal: no ANSI escape codes expected."));
    }

    [Fact]
    public void Text_sarif_and_github_put_a_finding_on_the_line_and_column_of_its_span()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");
        var json = JsonReport.Parse(workspace.Run("check", "mixed", "--format", "json"));
        var finding = json.Result("es-courier").Finding("RQ201");
        if (finding?.Spans() is not [var span, ..] || span.Integer("start") is not int start)
        {
            Assert.Fail(json.Because("Expected an RQ201 finding with a span for es-courier.txt."));
            return;
        }

        var content = File.ReadAllText(workspace.PathOf("mixed/es-courier.txt"));
        var lineStart = start == 0 ? 0 : content.LastIndexOf('\n', start - 1) + 1;
        var line = content[..start].Count(c => c == '\n') + 1;
        var prefix = content[lineStart..start];
        var column = prefix.All(c => c < 128) ? (start - lineStart + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : @"\d+";

        var text = workspace.Run("check", "mixed", "--format", "text");
        Assert.True(
            Regex.IsMatch(text.Stdout, $@"es-courier\.txt:{line}:{column}: warning RQ201 blames-third-party: \S", RegexOptions.Multiline | RegexOptions.IgnoreCase),
            text.Because($"The span starts at line {line}, column {column} of es-courier.txt: expected \"es-courier.txt:{line}:{column}: warning RQ201 blames-third-party: …\"."));

        var sarif = workspace.Run("check", "mixed", "--format", "sarif");
        var sarifResults = JsonAccess.ParseObject(sarif.Stdout, "The SARIF log", sarif.ToString()).At("runs.0.results").Objects();
        var located = sarifResults.Find(r =>
            r.Text("ruleId") == "RQ201" &&
            (r.At("locations.0.physicalLocation.artifactLocation").Text("uri") ?? string.Empty).EndsWith("es-courier.txt", StringComparison.Ordinal));
        Assert.True(located is not null, sarif.Because("Expected a SARIF result for RQ201 in es-courier.txt."));
        Assert.True(located.At("locations.0.physicalLocation.region").Integer("startLine") == line, sarif.Because($"Expected region.startLine {line}: {located.Show()}"));

        var github = workspace.Run("check", "mixed", "--format", "github");
        var annotations = github.Stdout.Split(Lines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var annotated = Array.Exists(annotations, a =>
            a.StartsWith("::warning ", StringComparison.Ordinal) && a.Contains("es-courier.txt", StringComparison.Ordinal) &&
            Regex.IsMatch(a, $"line={line}(,|::)") && a.Contains("RQ201", StringComparison.Ordinal));
        Assert.True(annotated, github.Because($"Expected a \"::warning file=…es-courier.txt,line={line}…\" annotation for RQ201."));
    }

    [Fact]
    public void Jsonl_prints_one_result_object_per_record()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed", "--format", "jsonl");
        var json = JsonReport.Parse(workspace.Run("check", "mixed", "--format", "json"));

        var lines = run.Stdout.Split(Lines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == MixedJsonRun.Records, run.Because($"Expected {MixedJsonRun.Records} lines, one per record."));
        var results = lines.Select((l, i) => JsonAccess.ParseObject(l, $"Line {i + 1}", run.ToString())).ToList();
        var jsonlIds = results.Select(r => $"{r.FileName()}:{r.Integer("line")}:{r.Text("id")}").Order(StringComparer.Ordinal).ToList();
        var jsonIds = json.Results.Select(r => $"{r.FileName()}:{r.Integer("line")}:{r.Text("id")}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(jsonIds, jsonlIds);
        Assert.True(results.Exists(r => r.RuleIds().Contains("RQ205")), run.Because("Each line is a full result, findings included (json-terms has RQ205)."));
    }

    [Fact]
    public void Sarif_is_valid_SARIF_2_1_0_with_rules_help_links_and_regions()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed", "--format", "sarif");

        Assert.True(run.ExitCode == 1, run.Because("The format does not change the exit code: expected 1 for the mixed fixture."));
        var errors = SarifSchema.Validate(run.Stdout);
        Assert.True(errors.Count == 0, run.Because("The log does not validate against the SARIF 2.1.0 schema:" + Environment.NewLine + string.Join(Environment.NewLine, errors)));

        var log = JsonAccess.ParseObject(run.Stdout, "The SARIF log", run.ToString());
        Assert.True(log.Text("version") == "2.1.0", run.Because("Expected \"version\": \"2.1.0\"."));
        Assert.True(log.At("runs.0.tool.driver").Text("name") == "reply-lint", run.Because("Expected runs[0].tool.driver.name == \"reply-lint\"."));

        var rules = log.At("runs.0.tool.driver.rules").Objects();
        Assert.True(rules.Count > 0, run.Because("Expected runs[0].tool.driver.rules."));
        foreach (var rule in rules)
        {
            Assert.True(Catalogue.Names.ContainsKey(rule.Text("id") ?? string.Empty), run.Because($"Unknown rule id: {rule.Show()}"));
            var help = rule.Text("helpUri");
            Assert.True(Uri.TryCreate(help, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal), run.Because($"Each rule needs an absolute helpUri: {rule.Show()}"));
        }

        var ruleIds = rules.Select(r => r.Text("id")).ToHashSet();
        var results = log.At("runs.0.results").Objects();
        Assert.True(results.Count > 0, run.Because("Expected results."));
        foreach (var result in results)
        {
            Assert.True(ruleIds.Contains(result.Text("ruleId")), run.Because($"Each result's ruleId should be among the driver's rules: {result.Show()}"));
            Assert.True(result.At("locations.0.physicalLocation.region").Integer("startLine") is >= 1, run.Because($"Each result needs physicalLocation.region.startLine ≥ 1: {result.Show()}"));
            Assert.False(string.IsNullOrWhiteSpace(result.At("locations.0.physicalLocation.artifactLocation").Text("uri")), run.Because($"Each result needs an artifactLocation.uri: {result.Show()}"));
        }

        var json = JsonReport.Parse(workspace.Run("check", "mixed", "--format", "json"));
        var findings = json.AllFindings().Count;
        var ruleResults = results.Count(r => Catalogue.Names.ContainsKey(r.Text("ruleId") ?? string.Empty) && r["suppressions"].Objects().Count == 0);
        Assert.True(ruleResults == findings, run.Because($"One SARIF result per finding: {findings} findings in the JSON report, {ruleResults} unsuppressed rule results in SARIF."));
    }

    [Fact]
    public void Github_prints_workflow_command_annotations_with_file_and_line()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed", "--format", "github");

        Assert.True(run.ExitCode == 1, run.Because("The format does not change the exit code: expected 1 for the mixed fixture."));
        var lines = run.Stdout.Split(Lines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length > 0, run.Because("Expected annotations."));
        foreach (var line in lines)
        {
            Assert.True(line.StartsWith("::", StringComparison.Ordinal), run.Because($"Standard output should only carry workflow commands: \"{line}\""));
        }

        var annotations = Array.FindAll(lines, l => l.StartsWith("::error ", StringComparison.Ordinal) || l.StartsWith("::warning ", StringComparison.Ordinal) || l.StartsWith("::notice ", StringComparison.Ordinal));
        foreach (var annotation in annotations)
        {
            Assert.True(annotation.Contains("file=", StringComparison.Ordinal) && annotation.Contains("line=", StringComparison.Ordinal), run.Because($"Each annotation needs file= and line=: \"{annotation}\""));
        }

        Assert.True(Array.Exists(annotations, a => a.StartsWith("::error ", StringComparison.Ordinal) && a.Contains("RQ205", StringComparison.Ordinal)), run.Because("Expected an ::error annotation for RQ205 (json-terms)."));
        Assert.True(Array.Exists(annotations, a => a.StartsWith("::warning ", StringComparison.Ordinal) && a.Contains("RQ201", StringComparison.Ordinal)), run.Because("Expected a ::warning annotation for RQ201 (es-courier.txt)."));
        var findings = JsonReport.Parse(workspace.Run("check", "mixed", "--format", "json")).AllFindings().Count;
        Assert.True(annotations.Length >= findings, run.Because($"Expected an annotation per finding: {findings} findings, {annotations.Length} annotations."));
    }

    [Fact]
    public void Junit_is_xml_with_one_test_case_per_record()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed", "--format", "junit");

        Assert.True(run.ExitCode == 1, run.Because("The format does not change the exit code: expected 1 for the mixed fixture."));
        XDocument document;
        try
        {
            document = XDocument.Parse(run.Stdout.TrimStart('\uFEFF', ' ', '\r', '\n', '\t'));
        }
        catch (XmlException e)
        {
            Assert.Fail(run.Because($"The JUnit report is not XML: {e.Message}"));
            return;
        }

        Assert.True(document.Root?.Name.LocalName == "testsuites", run.Because("Expected a <testsuites> root element."));
        var cases = document.Descendants().Where(e => e.Name.LocalName == "testcase").ToList();
        Assert.True(cases.Count == MixedJsonRun.Records, run.Because($"Expected {MixedJsonRun.Records} <testcase> elements, one per record."));
        var terms = cases.Find(c => (c.Attribute("name")?.Value ?? string.Empty).Contains("json-terms", StringComparison.Ordinal));
        if (terms is null)
        {
            Assert.Fail(run.Because("Expected a test case named after the record json-terms."));
            return;
        }

        var failed = terms.Elements().Any(e => e.Name.LocalName is "failure" or "error");
        Assert.True(failed, run.Because("json-terms has an error-level finding: its test case should fail."));
    }

    [Fact]
    public void Output_writes_the_report_to_the_file_and_nothing_report_like_to_stdout()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed", "--format", "json", "--output", "report.json");

        Assert.True(run.ExitCode == 1, run.Because("--output does not change the exit code: expected 1 for the mixed fixture."));
        var path = workspace.PathOf("report.json");
        Assert.True(File.Exists(path), run.Because($"Expected the report in {path}."));
        var report = JsonReport.Parse(File.ReadAllText(path), run);
        Assert.True(report.Root.At("tool").Text("name") == "reply-lint" && report.Results.Count == MixedJsonRun.Records, run.Because("The file should hold the whole JSON report."));
        Assert.False(run.Stdout.Contains("\"results\"", StringComparison.Ordinal) || run.Stdout.Contains("RQ205", StringComparison.Ordinal), run.Because("With --output, standard output should carry no report."));
    }
}
