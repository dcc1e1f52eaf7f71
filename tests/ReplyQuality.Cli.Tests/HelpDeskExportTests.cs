using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Help-desk exports as inputs (GitHub issue 9): Zendesk macros, Freshdesk canned responses (JSON and CSV), Intercom
/// and Help Scout saved replies are sniffed so that <c>reply-lint check export.json</c> just works; each reply is
/// located at the line of its object (its CSV row, its selected text) with a stable id; <c>--input-format</c> forces
/// a shape, <c>--select</c>/<c>--select-id</c> read any other JSON; <c>.html</c> files and a record's <c>format</c>
/// field mark HTML. A macro without a comment, an empty body or a malformed element is an error result in its place.
/// The fixtures are samples/CannedRepliesCi/exports (run there, with the sample's configuration, never written).
/// </summary>
public sealed class HelpDeskExportTests
{
    private static string SampleFolder => Path.Combine(ReplyLint.RepositoryRoot, "samples", "CannedRepliesCi");

    private static string Export(string name) => Path.Combine(SampleFolder, "exports", name);

    private static RunResult RunSample(params string[] args) => ReplyLint.Run(SampleFolder, args);

    /// <summary>1-based line of the first line of <paramref name="path"/> containing <paramref name="needle"/>.</summary>
    private static int LineOf(string path, string needle)
    {
        var lines = File.ReadAllLines(path);
        var i = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(i >= 0, $"'{needle}' is not in {path}");
        return i + 1;
    }

    /// <summary>The line of the object that holds <paramref name="needle"/>: the nearest line at or above it that opens one.</summary>
    private static int ObjectLineOf(string path, string needle)
    {
        var lines = File.ReadAllLines(path);
        for (var i = LineOf(path, needle) - 1; i >= 0; i--)
        {
            if (lines[i].TrimStart().StartsWith('{'))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"No object opens above '{needle}' in {path}");
    }

    private static void AssertAt(JsonReport report, string id, int line)
    {
        var result = report.Result(id);
        Assert.True(result.Integer("line") == line, report.Because($"{id}: expected line {line}, got {result.Integer("line")}."));
    }

    private static void AssertFinds(JsonReport report, string id, params string[] rules)
    {
        var result = report.Result(id);
        Assert.True(result.Integer("score") is not null, report.Because($"{id} should be analysed (a score, no error)."));
        foreach (var rule in rules)
        {
            Assert.True(result.RuleIds().Contains(rule), report.Because($"{id}: expected {rule} among [{string.Join(", ", result.RuleIds())}]."));
        }
    }

    private static void AssertClean(JsonReport report, string id)
    {
        var result = report.Result(id);
        var serious = result.Findings().Where(f => f.Text("severity") is "error" or "warning").Select(f => f.Text("ruleId")).ToList();
        Assert.True(result.Integer("score") is not null && serious.Count == 0, report.Because($"{id} is a good reply: expected no error or warning, got [{string.Join(", ", serious)}]."));
    }

    private static void AssertReadError(JsonReport report, string id, string because)
    {
        var result = report.Result(id);
        Assert.True(result.IsReadError() && result.HasNoScore(), report.Because($"{id}: {because}: expected an error field and no score."));
    }

    [Fact]
    public void Zendesk_macros_are_sniffed_located_by_their_object_and_linted_from_their_comment()
    {
        var path = Export("zendesk-macros.json");
        var run = RunSample("check", "exports/zendesk-macros.json", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 4, run.Because("4 macros in, expected 4 results out."));
        foreach (var id in new[] { 360001, 360002, 360003, 360004 })
        {
            AssertAt(report, $"zendesk:{id}", ObjectLineOf(path, $"\"id\": {id},"));
        }

        AssertClean(report, "zendesk:360001");
        AssertFinds(report, "zendesk:360002", "RQ201", "RQ203");
        AssertFinds(report, "zendesk:360003", "RQ203");
        Assert.True(report.Result("zendesk:360003").Text("language") == "en", run.Because("360003 is read from comment_value (plain text, English)."));
        AssertReadError(report, "zendesk:360004", "a macro that only sets fields has no comment");
        Assert.True(report.Summary.Integer("readErrors") == 1, run.Because("One macro without a comment: readErrors 1."));
        Assert.True(run.ExitCode == 0, run.Because("No error-level finding: expected exit code 0."));
    }

    [Fact]
    public void A_single_macro_a_bare_array_and_a_comment_value_given_as_an_array_are_read()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("single.json", "{\"macro\": {\"id\": 77, \"title\": \"Web\", \"actions\": [{\"field\": \"comment_value\", \"value\": [\"channel:all\", \"Please check our FAQ for that.\"]}]}}\n");
        workspace.Write("bare.json", "[\n  {\"title\": \"Sin id\", \"actions\": [{\"field\": \"comment_value_html\", \"value\": \"<p>Consulte nuestra web.</p>\"}]}\n]\n");

        var run = workspace.Run("check", "single.json", "bare.json", "--format", "json", "--fail-on", "none");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 2, run.Because("Two macros in, expected two results."));
        AssertFinds(report, "zendesk:77", "RQ203");
        AssertAt(report, "zendesk:77", 1);
        AssertFinds(report, "Sin id", "RQ203");
        AssertAt(report, "Sin id", 2);
    }

    [Fact]
    public void Freshdesk_folder_json_and_csv_exports_prefer_content_html_and_locate_each_response()
    {
        var json = Export("freshdesk-canned-responses.json");
        var run = RunSample("check", "exports/freshdesk-canned-responses.json", "exports/freshdesk-canned-responses.csv", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.ResultsFor("freshdesk-canned-responses.json").Count == 3, run.Because("A folder with 3 canned responses: 3 results."));
        Assert.True(report.ResultsFor("freshdesk-canned-responses.csv").Count == 3, run.Because("3 CSV rows: 3 results."));
        foreach (var id in new[] { 80001001, 80001002, 80001003 })
        {
            AssertAt(report, $"freshdesk:{id}", ObjectLineOf(json, $"\"id\": {id},"));
        }

        // content_html says "Consulte nuestra web"; the plain content does not: the HTML body is the one linted.
        AssertFinds(report, "freshdesk:80001001", "RQ201", "RQ203");
        AssertClean(report, "freshdesk:80001002");
        AssertReadError(report, "freshdesk:80001003", "both bodies are empty");

        AssertAt(report, "freshdesk:80001101", 2);
        AssertAt(report, "freshdesk:80001102", 3);
        AssertAt(report, "freshdesk:80001103", 4);
        AssertFinds(report, "freshdesk:80001101", "RQ205");
        AssertClean(report, "freshdesk:80001102");
        AssertFinds(report, "freshdesk:80001103", "RQ203");
        Assert.True(run.ExitCode == 1, run.Because("RQ205 and RQ206 are errors: expected exit code 1."));
    }

    [Fact]
    public void Intercom_and_Help_Scout_saved_replies_are_read_from_body_blocks_text_or_preview()
    {
        var intercom = Export("intercom-saved-replies.json");
        var helpScout = Export("helpscout-saved-replies.json");
        var run = RunSample("check", "exports/intercom-saved-replies.json", "exports/helpscout-saved-replies.json", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 6, run.Because("3 + 3 saved replies in, expected 6 results."));
        AssertAt(report, "intercom:9120", ObjectLineOf(intercom, "\"id\": \"9120\""));
        AssertAt(report, "intercom:9121", ObjectLineOf(intercom, "\"id\": \"9121\""));
        AssertAt(report, "intercom:9122", ObjectLineOf(intercom, "\"id\": \"9122\""));
        AssertClean(report, "intercom:9120");
        AssertFinds(report, "intercom:9121", "RQ102", "RQ203");
        AssertReadError(report, "intercom:9122", "an empty body and no blocks");

        AssertAt(report, "helpscout:123456", ObjectLineOf(helpScout, "\"id\": 123456"));
        AssertAt(report, "helpscout:234567", ObjectLineOf(helpScout, "\"id\": 234567"));
        AssertAt(report, "helpscout:345678", ObjectLineOf(helpScout, "\"id\": 345678"));
        AssertClean(report, "helpscout:123456");
        AssertFinds(report, "helpscout:234567", "RQ201", "RQ203");
        AssertReadError(report, "helpscout:345678", "\"text\" is a number");
    }

    [Fact]
    public void Help_Scout_replies_under_embedded_and_Intercom_under_saved_replies_are_found()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("hs.json", "{\"_embedded\": {\"replies\": [\n{\"id\": 5, \"name\": \"FAQ\", \"text\": \"<p>Please check our FAQ.</p>\", \"preview\": \"Please check our FAQ.\"}\n]}, \"page\": {\"number\": 1}}\n");
        workspace.Write("ic.json", "{\"saved_replies\": [\n\n{\"id\": 6, \"name\": \"Web\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Consulte nuestra web.\"}]}\n]}\n");

        var run = workspace.Run("check", ".", "--format", "json", "--fail-on", "none");

        var report = JsonReport.Parse(run);
        AssertFinds(report, "helpscout:5", "RQ203");
        AssertAt(report, "helpscout:5", 2);
        AssertFinds(report, "intercom:6", "RQ203");
        AssertAt(report, "intercom:6", 3);
    }

    [Fact]
    public void An_html_file_is_one_html_reply_located_by_line_and_column()
    {
        var path = Export("devolucion.html");
        var run = RunSample("check", "exports/devolucion.html", "--format", "sarif", "--fail-on", "none");

        var errors = SarifSchema.Validate(run.Stdout);
        Assert.True(errors.Count == 0, run.Because("Invalid SARIF:" + Environment.NewLine + string.Join(Environment.NewLine, errors)));
        var log = JsonAccess.ParseObject(run.Stdout, "The SARIF log", run.ToString());
        var website = log.At("runs.0.results").Objects().Find(r => r.Text("ruleId") == "RQ203");
        Assert.True(website is not null, run.Because("\"Consulte nuestra web\" in an .html reply is RQ203."));
        var region = website!.At("locations.0.physicalLocation.region");
        var line = LineOf(path, "Consulte nuestra web");
        Assert.True(region.Integer("startLine") == line, run.Because($"The finding is on line {line} of the file: {region.Show()}"));
        var column = File.ReadAllLines(path)[line - 1].IndexOf("Consulte", StringComparison.Ordinal) + 1;
        Assert.True(region.Integer("startColumn") is { } start && start <= column, run.Because($"A whole-file reply has columns; the span starts at or before column {column}: {region.Show()}"));

        var json = JsonReport.Parse(RunSample("check", "exports/devolucion.html", "--format", "json"));
        Assert.True(json.Results.Count == 1 && json.Results[0].Text("id") == "devolucion", json.Because("One reply, id = the file name without extension."));
    }

    [Fact]
    public void Sarif_and_github_annotations_point_at_each_exported_reply()
    {
        var sarif = RunSample("check", "exports/", "--format", "sarif", "--fail-on", "none");
        var json = JsonReport.Parse(RunSample("check", "exports/", "--format", "json", "--fail-on", "none"));

        var errors = SarifSchema.Validate(sarif.Stdout);
        Assert.True(errors.Count == 0, sarif.Because("Invalid SARIF:" + Environment.NewLine + string.Join(Environment.NewLine, errors)));
        var log = JsonAccess.ParseObject(sarif.Stdout, "The SARIF log", sarif.ToString());
        var lines = json.Results
            .Where(r => !r.FileName().EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(r => r.Findings().Select(f => $"{r.Text("file")}:{r.Integer("line")}:{f.Text("ruleId")}"))
            .Order(StringComparer.Ordinal).ToList();
        var located = log.At("runs.0.results").Objects()
            .Where(r => r.Text("ruleId")?.StartsWith("RQ", StringComparison.Ordinal) == true)
            .Select(r => (Uri: r.At("locations.0.physicalLocation.artifactLocation").Text("uri") ?? string.Empty, Line: r.At("locations.0.physicalLocation.region").Integer("startLine"), Rule: r.Text("ruleId")))
            .Where(r => !r.Uri.EndsWith(".html", StringComparison.Ordinal))
            .Select(r => $"{r.Uri}:{r.Line}:{r.Rule}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(lines.SequenceEqual(located), sarif.Because($"Each SARIF result is at its reply's line.{Environment.NewLine}JSON:  {string.Join(" ", lines)}{Environment.NewLine}SARIF: {string.Join(" ", located)}"));

        var github = RunSample("check", "exports/zendesk-macros.json", "--format", "github", "--fail-on", "none");
        var line = ObjectLineOf(Export("zendesk-macros.json"), "\"id\": 360002,");
        Assert.True(github.Stdout.Contains($"file=exports/zendesk-macros.json,line={line},", StringComparison.Ordinal) && github.Stdout.Contains("[zendesk:360002]", StringComparison.Ordinal),
            github.Because($"The annotation for macro 360002 is on line {line}, with its id."));
    }

    [Fact]
    public void Select_reads_the_replies_of_any_json_shape_with_ids_from_select_id()
    {
        var path = Export("select/templates-api.json");
        var plain = JsonReport.Parse(RunSample("check", "exports/select/templates-api.json", "--format", "json"));
        Assert.True(plain.Results.Count == 1 && plain.Results[0].IsReadError(), plain.Because("Not a known shape and no --select: one error result for the file, as before."));

        foreach (var idPath in new[] { "id", "$.data[*].id" })
        {
            var run = RunSample("check", "exports/select/templates-api.json", "--select", "$.data[*].attributes.body", "--select-id", idPath, "--format", "json");

            var report = JsonReport.Parse(run);
            Assert.True(report.Results.Count == 2, run.Because("Two bodies selected: two results."));
            AssertAt(report, "tpl-ship-01", LineOf(path, "Please check our FAQ"));
            AssertAt(report, "tpl-ship-02", LineOf(path, "Lamentamos mucho"));
            AssertFinds(report, "tpl-ship-01", "RQ203");
            AssertClean(report, "tpl-ship-02");
        }
    }

    public static TheoryData<string, string, string?, string[]> Selections => new()
    {
        // JSON, --select, --select-id, expected "id@line" of each result in order (id "file#n" when there is none).
        { "{\"items\": [\n{\"reply\": \"a\", \"id\": \"x\"},\n{\"reply\": \"b\", \"id\": \"y\"}]}", "items[*].reply", "id", ["x@2", "y@3"] },
        { "{\"items\": [\n{\"reply\": \"a\"},\n{\"reply\": \"b\"}]}", "$.items[1].reply", null, ["in.json#1@3"] },
        { "{\"items\": [\n{\"reply\": \"a\"},\n{\"reply\": \"b\"}]}", "$.items[-2].reply", null, ["in.json#1@2"] },
        { "{\"odd key\": [\n\"first\"]}", "$['odd key'][0]", null, ["in.json#1@2"] },
        { "{\"byName\": {\n\"a\": {\"t\": \"one\"},\n\"b\": {\"t\": \"two\"}}}", "$.byName.*.t", null, ["in.json#1@2", "in.json#2@3"] },
        { "[\n{\"id\": 1, \"replies\": [{\"n\": \"p\", \"body\": \"x\"},\n{\"n\": \"q\", \"body\": \"y\"}]},\n{\"id\": 2, \"replies\": [{\"n\": \"r\", \"body\": \"z\"}]}]", "[*].replies[*].body", "n", ["p@2", "q@3", "r@4"] },
        { "{\"a\": {\"b\": {\"c\": \"deep\"}}}", "a.b.c", "$.a.b.missing", ["in.json#1@1"] },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void Select_paths_are_evaluated_like_jsonpath_members_wildcards_and_indices(string json, string select, string? selectId, string[] expected)
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("in.json", json);
        string[] args = ["check", "in.json", "--select", select, "--format", "json", "--fail-on", "none", "--model", "none"];
        if (selectId is not null)
        {
            args = [.. args, "--select-id", selectId];
        }

        var run = workspace.Run(args);

        var report = JsonReport.Parse(run);
        var actual = report.Results.Select(r => $"{r.Text("id")}@{r.Integer("line")}").ToArray();
        Assert.True(actual.SequenceEqual(expected), run.Because($"--select {select}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]."));
        Assert.True(report.Results.All(r => !r.IsReadError()), run.Because("Every selected value is a string: no error results."));
    }

    [Fact]
    public void A_selected_value_that_is_not_text_is_an_error_result_and_a_selector_matching_nothing_is_one()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("in.json", "{\"data\": [\n{\"body\": \"Please check our FAQ.\"},\n{\"body\": 3},\n{\"body\": {\"html\": \"x\"}},\n{\"body\": \"\\ud800\"}]}");
        workspace.Write("other.json", "{\"nothing\": []}");

        var run = workspace.Run("check", "in.json", "other.json", "--select", "$.data[*].body", "--format", "json", "--fail-on", "none");

        var report = JsonReport.Parse(run);
        var results = report.ResultsFor("in.json");
        Assert.True(results.Count == 4, run.Because("4 values selected: 4 results."));
        Assert.True(results[0].RuleIds().Contains("RQ203"), run.Because("The first body is text and is analysed."));
        foreach (var i in new[] { 1, 2, 3 })
        {
            Assert.True(results[i].IsReadError() && results[i].Integer("line") == i + 2, run.Because($"Value {i + 1} is not text: an error result at line {i + 2}."));
        }

        var other = report.ResultsFor("other.json");
        Assert.True(other.Count == 1 && other[0].IsReadError(), run.Because("A selector that matches nothing in a file gives that file one error result."));
    }

    [Theory]
    [InlineData("--select", "$..body")]
    [InlineData("--select", "data[?(@.x)]")]
    [InlineData("--select", "data[")]
    [InlineData("--select", "data[*")]
    [InlineData("--select", "")]
    [InlineData("--select", "a b")]
    [InlineData("--select", "$.data[x]")]
    [InlineData("--select-id", "id")]
    [InlineData("--input-format", "kayako")]
    public void Bad_selectors_and_input_formats_are_usage_errors(string option, string value)
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("in.json", "[{\"text\": \"Hola\"}]");

        var run = workspace.Run("check", "in.json", option, value);

        Assert.True(run.ExitCode == 2, run.Because($"{option} '{value}': expected exit code 2."));
        Assert.True(run.Stderr.Contains(option, StringComparison.Ordinal) || run.Stderr.Contains(value, StringComparison.Ordinal), run.Because("The message names the option or the value."));
    }

    [Fact]
    public void Select_with_an_input_format_and_an_absolute_select_id_off_the_record_are_usage_errors()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("in.json", "{\"data\": [{\"body\": \"Hola\", \"id\": 1}]}");

        var both = workspace.Run("check", "in.json", "--select", "data[*].body", "--input-format", "zendesk");
        var offRecord = workspace.Run("check", "in.json", "--select", "data[*].body", "--select-id", "$.other[*].id");

        Assert.True(both.ExitCode == 2, both.Because("--select with --input-format: expected exit code 2."));
        Assert.True(offRecord.ExitCode == 2 && offRecord.Stderr.Contains("--select-id", StringComparison.Ordinal), offRecord.Because("An absolute --select-id must go through the record: expected exit code 2 naming --select-id."));
    }

    [Fact]
    public void Per_record_faults_in_an_export_give_error_results_in_place_and_the_rest_is_analysed()
    {
        using var workspace = TempWorkspace.Create();
        var lines = new[]
        {
            "{\"macros\": [",
            "  {\"id\": 1, \"title\": \"ok\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"Please check our FAQ.\"}]},",
            "  \"not a macro\",",
            "  {\"id\": 3, \"title\": \"no actions\"},",
            "  {\"id\": 4, \"title\": \"tags only\", \"actions\": [{\"field\": \"set_tags\", \"value\": \"vip\"}]},",
            "  {\"id\": 5, \"title\": \"empty\", \"actions\": [{\"field\": \"comment_value_html\", \"value\": \"  \"}]},",
            "  {\"id\": 6, \"title\": \"object value\", \"actions\": [{\"field\": \"comment_value\", \"value\": {\"x\": 1}}]},",
            "  {\"id\": 7, \"title\": \"lone surrogate\", \"actions\": [{\"field\": \"comment_value\", \"value\": \"\\ud800\"}]},",
            "  {\"id\": 8, \"title\": \"ok too\", \"actions\": [{\"field\": \"comment_value_html\", \"value\": \"<p>Consulte nuestra web.</p>\"}]}",
            "]}",
        };
        workspace.Write("macros.json", string.Join("\n", lines) + "\n");

        var run = workspace.Run("check", "macros.json", "--format", "json", "--fail-on", "none");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 8, run.Because("8 elements in, expected 8 results out."));
        for (var i = 0; i < 8; i++)
        {
            Assert.True(report.Results[i].Integer("line") == i + 2, run.Because($"Element {i + 1} is on line {i + 2}: {report.Results[i].Show()}"));
        }

        AssertFinds(report, "zendesk:1", "RQ203");
        AssertFinds(report, "zendesk:8", "RQ203");
        Assert.True(report.Results[1].IsReadError() && report.Results[1].Text("id") == "macros.json#2", run.Because("A string in place of a macro is an error result with the default id."));
        foreach (var id in new[] { 3, 4, 5, 6, 7 })
        {
            AssertReadError(report, $"zendesk:{id}", "a faulty macro");
        }

        Assert.True(report.Summary.Integer("readErrors") == 6 && report.Summary.Integer("records") == 8, run.Because("readErrors 6 of 8 records."));
    }

    [Fact]
    public void Record_arrays_keep_working_and_input_format_forces_a_shape()
    {
        using var workspace = TempWorkspace.Create();
        // Looks a little like Help Scout (a name beside the text) but is a plain record array: read as records.
        workspace.Write("records.json", "[\n{\"id\": \"r-1\", \"name\": \"x\", \"text\": \"Please check our FAQ.\"},\n{\"text\": \"Consulte nuestra web.\"}]\n");

        var auto = JsonReport.Parse(workspace.Run("check", "records.json", "--format", "json", "--fail-on", "none"));
        var forced = JsonReport.Parse(workspace.Run("check", "records.json", "--format", "json", "--fail-on", "none", "--input-format", "helpscout"));
        var records = JsonReport.Parse(workspace.Run("check", "records.json", "--format", "json", "--fail-on", "none", "--input-format", "records"));

        AssertFinds(auto, "r-1", "RQ203");
        AssertAt(auto, "r-1", 2);
        AssertFinds(auto, "records.json#2", "RQ203");
        Assert.Equal(auto.Results.Select(r => r.Text("id")), records.Results.Select(r => r.Text("id")));
        AssertFinds(forced, "helpscout:r-1", "RQ203");
        AssertFinds(forced, "records.json#2", "RQ203");

        var zendesk = JsonReport.Parse(RunSample("check", "exports/zendesk-macros.json", "--format", "json", "--input-format", "records"));
        Assert.True(zendesk.Results.Count == 1 && zendesk.Results[0].IsReadError(), zendesk.Because("Read as records, a macros export is not an array of records: one error result for the file, as before."));
    }

    [Fact]
    public void Records_take_an_optional_format_field_and_an_unknown_one_is_an_error_result()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies.json", "[\n" +
            "{\"id\": \"h\", \"format\": \"html\", \"text\": \"<p>Please check our FAQ.</p>\"},\n" +
            "{\"id\": \"m\", \"format\": \"markdown\", \"text\": \"**Consulte nuestra web.**\"},\n" +
            "{\"id\": \"t\", \"format\": \"text\", \"text\": \"Please check our FAQ.\"},\n" +
            "{\"id\": \"bad\", \"format\": \"rtf\", \"text\": \"Please check our FAQ.\"}]\n");
        workspace.Write("replies.csv", "id,format,text\nc-html,html,<p>Consulte nuestra web.</p>\n");

        var run = workspace.Run("check", "replies.json", "replies.csv", "--format", "json", "--fail-on", "none");

        var report = JsonReport.Parse(run);
        foreach (var id in new[] { "h", "m", "t", "c-html" })
        {
            AssertFinds(report, id, "RQ203");
        }

        AssertReadError(report, "bad", "'rtf' is not a format");
        Assert.Contains("format", report.Result("bad").Text("error"), StringComparison.Ordinal);
    }
}
