using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// <c>--format json</c> over one file of each input format: the contract's shape (tool, results, summary), one result per
/// record read, spans that point into the record's text, and bad records reported in place.
/// </summary>
public sealed class JsonOutputTests(MixedJsonRun mixed) : IClassFixture<MixedJsonRun>
{
    private static readonly string[] Verdicts = ["good", "needs-work", "poor"];
    private static readonly string[] Languages = ["es", "en"];

    [Fact]
    public void The_run_fails_because_the_fixture_has_errors_and_the_report_says_so()
    {
        Assert.True(mixed.Run.ExitCode == 1, mixed.Run.Because("The mixed fixture has error-level findings: expected exit code 1."));
        Assert.True(mixed.Report.Summary.Flag("failed") is true, mixed.Report.Because("Expected summary.failed to be true."));
    }

    [Fact]
    public void The_tool_is_named_reply_lint_and_has_a_version()
    {
        var tool = mixed.Report.Root["tool"];

        Assert.True(tool.Text("name") == "reply-lint", mixed.Report.Because("Expected tool.name == \"reply-lint\"."));
        Assert.False(string.IsNullOrWhiteSpace(tool.Text("version")), mixed.Report.Because("Expected a tool.version."));
    }

    [Fact]
    public void Every_record_read_gives_exactly_one_result_and_the_summary_counts_them()
    {
        var report = mixed.Report;
        var perFile = new Dictionary<string, int>
        {
            ["es-courier.txt"] = 1, ["en-good.md"] = 1, ["replies.json"] = 3, ["replies.jsonl"] = 4,
            ["replies.csv"] = 3, ["replies.tsv"] = 2, ["replies.yaml"] = 2, ["Strings.resx"] = 2,
        };

        Assert.True(report.Results.Count == MixedJsonRun.Records, report.Because($"Expected {MixedJsonRun.Records} results, one per record."));
        Assert.True(report.Summary.Integer("records") == MixedJsonRun.Records, report.Because($"Expected summary.records == {MixedJsonRun.Records} (records read, errors included)."));
        foreach (var (file, count) in perFile)
        {
            var actual = report.ResultsFor(file).Count;
            Assert.True(actual == count, report.Because($"Expected {count} result(s) for {file}, got {actual}."));
        }

        var ids = report.Results.Where(r => !r.IsReadError()).Select(r => r.Text("id")).ToList();
        var duplicates = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, report.Because($"Record ids should be unique here; repeated: {string.Join(", ", duplicates)}."));
    }

    [Fact]
    public void Each_result_has_the_fields_of_the_contract()
    {
        var report = mixed.Report;
        foreach (var result in report.Results.Where(r => !r.IsReadError()))
        {
            var shown = result.Show();
            Assert.False(string.IsNullOrWhiteSpace(result.Text("id")), report.Because($"Result without id: {shown}"));
            Assert.False(string.IsNullOrWhiteSpace(result.Text("file")), report.Because($"Result without file: {shown}"));
            Assert.True(result.Integer("line") is >= 1, report.Because($"Result without a line ≥ 1: {shown}"));
            Assert.True(result.Integer("score") is >= 0 and <= 100, report.Because($"Result without an integer score 0..100: {shown}"));
            Assert.True(Verdicts.Contains(result.Text("verdict") ?? string.Empty), report.Because($"Verdict should be one of {string.Join(", ", Verdicts)}: {shown}"));
            Assert.True(Languages.Contains(result.Text("language") ?? string.Empty), report.Because($"Language should be es or en: {shown}"));
            Assert.False(string.IsNullOrWhiteSpace(result.Text("messageKind")), report.Because($"Result without messageKind: {shown}"));
            Assert.True(result["findings"] is JsonArray, report.Because($"Result without a findings array: {shown}"));

            var ruleIds = result.RuleIds();
            Assert.True(ruleIds.Distinct().Count() == ruleIds.Count, report.Because($"At most one finding per rule: {shown}"));
            foreach (var finding in result.Findings())
            {
                var ruleId = finding.Text("ruleId") ?? string.Empty;
                Assert.True(Catalogue.Names.TryGetValue(ruleId, out var name), report.Because($"Unknown ruleId in {finding.Show()}"));
                Assert.True(finding.Text("name") == name, report.Because($"{ruleId} should be named {name}: {finding.Show()}"));
                Assert.True(Catalogue.Severities.Contains(finding.Text("severity") ?? string.Empty), report.Because($"Severity should be error, warning or info in lower case: {finding.Show()}"));
                Assert.False(string.IsNullOrWhiteSpace(finding.Text("message")), report.Because($"Finding without message: {finding.Show()}"));
                Assert.True(finding.Number("confidence") is >= 0.0 and <= 1.0, report.Because($"Confidence should be 0..1: {finding.Show()}"));
                Assert.True(finding["spans"] is JsonArray, report.Because($"Finding without a spans array: {finding.Show()}"));
            }
        }
    }

    [Fact]
    public void The_verdict_follows_the_score_and_the_errors()
    {
        // Good: score ≥ 80 and nothing is an error; Poor: below 50; NeedsWork otherwise (repository README).
        var report = mixed.Report;
        foreach (var result in report.Results.Where(r => !r.IsReadError()))
        {
            var score = result.Integer("score") ?? -1;
            var hasError = result.Findings().Exists(f => f.Text("severity") == "error");
            var expected = score >= 80 && !hasError ? "good" : score < 50 ? "poor" : "needs-work";
            Assert.True(result.Text("verdict") == expected, report.Because($"Score {score}, error finding: {hasError} → verdict {expected}: {result.Show()}"));
        }
    }

    [Fact]
    public void Every_span_is_the_record_text_at_its_start_and_length()
    {
        var report = mixed.Report;
        var cache = new Dictionary<string, Dictionary<int, string>>();
        var checkedSpans = 0;
        foreach (var result in report.Results.Where(r => r.Findings().Count > 0))
        {
            var text = RecordTexts.For(result, mixed.Workspace.Root, cache);
            foreach (var finding in result.Findings())
            {
                foreach (var span in finding.Spans())
                {
                    if (span.Integer("start") is not int start || span.Integer("length") is not int length || start < 0 || length < 0 || start + length > text.Length)
                    {
                        Assert.Fail(report.Because($"Span outside the record text ({text.Length} characters): {span.Show()} in {result.Show()}"));
                        continue;
                    }

                    var covered = text.Substring(start, length);
                    var spanText = span.Text("text");
                    Assert.True(covered == spanText, report.Because($"span.text should be the record text's Substring({start}, {length}) = \"{covered}\": {span.Show()} in {result.Text("id")}"));
                    checkedSpans++;
                }
            }
        }

        Assert.True(checkedSpans > 0, report.Because("Expected some spans to check (es-courier.txt, json-terms, …)."));
    }

    [Theory]
    [InlineData("json-terms", 2)]
    [InlineData("json-priya", 4)]
    [InlineData("jsonl-web", 1)]
    [InlineData("jsonl-marta", 4)]
    [InlineData("csv-proveedor", 2)]
    [InlineData("csv-depot", 4)]
    [InlineData("tsv-management", 3)]
    [InlineData("yaml-denies", 2)]
    [InlineData("yaml-block", 6)]
    [InlineData("ReplyReturnsFaq", 9)]
    [InlineData("ReplyDoubleCharge", 12)]
    public void A_structured_record_is_located_at_the_line_it_starts_on(string id, int line)
    {
        var result = mixed.Report.Result(id);

        Assert.True(result.Integer("line") == line, mixed.Report.Because($"{id} starts on line {line} of its file: {result.Show()}"));
    }

    [Fact]
    public void A_reply_file_is_one_record_named_after_the_file()
    {
        var courier = mixed.Report.ResultsFor("es-courier.txt");
        var good = mixed.Report.ResultsFor("en-good.md");

        Assert.True(courier.Count == 1 && courier[0].Text("id") == "es-courier", mixed.Report.Because("es-courier.txt is one record with id \"es-courier\"."));
        Assert.True(good.Count == 1 && good[0].Text("id") == "en-good", mixed.Report.Because("en-good.md is one record with id \"en-good\"."));
    }

    [Fact]
    public void A_record_without_an_id_is_named_after_its_file_and_number()
    {
        var second = mixed.Report.ResultsFor("replies.jsonl").Find(r => r.Integer("line") == 2);

        Assert.True(second is not null, mixed.Report.Because("Expected a result for line 2 of replies.jsonl."));
        var id = second.Text("id") ?? string.Empty;
        Assert.True(id.StartsWith("replies", StringComparison.Ordinal) && id.EndsWith("#2", StringComparison.Ordinal), mixed.Report.Because($"A record without an id is <file name>#<n>: expected replies.jsonl#2, got \"{id}\"."));
    }

    [Fact]
    public void A_malformed_JSONL_line_gives_an_error_result_and_the_run_goes_on()
    {
        var jsonl = mixed.Report.ResultsFor("replies.jsonl");
        var broken = jsonl.Find(r => r.Integer("line") == 3);

        if (broken is null)
        {
            Assert.Fail(mixed.Report.Because("Expected a result for the malformed line 3 of replies.jsonl."));
            return;
        }

        Assert.True(broken.IsReadError(), mixed.Report.Because($"The malformed line should give a result with an \"error\" field: {broken.Show()}"));
        Assert.True(broken.HasNoScore(), mixed.Report.Because($"A record that cannot be read has no score: {broken.Show()}"));
        var after = mixed.Report.Result("jsonl-marta");
        Assert.True(after.Integer("score") is not null, mixed.Report.Because($"The record after the malformed line is still analysed: {after.Show()}"));
        var errors = mixed.Report.Results.FindAll(r => r.IsReadError());
        Assert.True(errors.Count == 1, mixed.Report.Because("Exactly one record of the mixed fixture cannot be read."));
        Assert.True(mixed.Report.Summary.Integer("readErrors") == 1, mixed.Report.Because("summary.readErrors should count the malformed line."));
    }

    [Fact]
    public void The_summary_counts_the_findings_by_severity()
    {
        var findings = mixed.Report.AllFindings();

        foreach (var (field, severity) in new[] { ("errors", "error"), ("warnings", "warning"), ("infos", "info") })
        {
            var expected = findings.Count(f => f.Text("severity") == severity);
            Assert.True(mixed.Report.Summary.Integer(field) == expected, mixed.Report.Because($"summary.{field} should be {expected}, the number of {severity} findings."));
        }
    }

    [Theory]
    [InlineData("es-courier", "RQ201")]
    [InlineData("json-terms", "RQ205")]
    [InlineData("jsonl-web", "RQ203")]
    [InlineData("csv-proveedor", "RQ201")]
    [InlineData("csv-small-delay", "RQ207")]
    [InlineData("tsv-app", "RQ203")]
    [InlineData("tsv-management", "RQ204")]
    [InlineData("yaml-denies", "RQ206")]
    [InlineData("yaml-block", "RQ208")]
    [InlineData("ReplyReturnsFaq", "RQ203")]
    public void Each_format_reads_the_reply_text_and_raises_its_rule(string id, string ruleId)
    {
        var result = mixed.Report.Result(id);

        Assert.True(result.RuleIds().Contains(ruleId), mixed.Report.Because($"Expected {ruleId} {Catalogue.Names[ruleId]} for {id}: {result.Show()}"));
    }

    [Theory]
    [InlineData("en-good")]
    [InlineData("json-priya")]
    [InlineData("jsonl-marta")]
    public void A_complete_reply_has_no_findings_and_scores_100(string id)
    {
        var result = mixed.Report.Result(id);

        Assert.True(result.Findings().Count == 0, mixed.Report.Because($"{id} apologises, empathises, explains, fixes with a when and thanks: expected no findings. {result.Show()}"));
        Assert.True(result.Integer("score") == 100 && result.Text("verdict") == "good", mixed.Report.Because($"Expected score 100, verdict good: {result.Show()}"));
    }

    [Theory]
    [InlineData("json-terms", "en")]
    [InlineData("jsonl-web", "es")]
    [InlineData("csv-proveedor", "es")]
    [InlineData("tsv-management", "en")]
    [InlineData("yaml-block", "es")]
    [InlineData("es-courier", "es")]
    [InlineData("en-good", "en")]
    public void The_language_is_the_records_or_detected(string id, string language)
    {
        var result = mixed.Report.Result(id);

        Assert.True(result.Text("language") == language, mixed.Report.Because($"Expected language {language} for {id}: {result.Show()}"));
    }

    [Fact]
    public void Without_a_customer_message_the_reply_is_read_as_a_reply_to_a_complaint()
    {
        var result = mixed.Report.Result("es-courier");

        Assert.True(result.Text("messageKind") == "complaint", mixed.Report.Because($"No customer message: a complaint is assumed. {result.Show()}"));
    }

    [Fact]
    public void The_suppress_field_of_a_json_record_removes_that_rule()
    {
        var result = mixed.Report.Result("json-faq");

        Assert.False(result.RuleIds().Contains("RQ203"), mixed.Report.Because($"json-faq has \"suppress\": [\"RQ203\"]: {result.Show()}"));
    }

    [Fact]
    public void Received_and_responded_times_enable_the_slow_response_rule()
    {
        var result = mixed.Report.Result("jsonl-web");

        Assert.True(result.RuleIds().Contains("RQ402"), mixed.Report.Because($"jsonl-web was answered 4 h 25 min after it arrived (golden hour 60 min): expected RQ402. {result.Show()}"));
    }
}
