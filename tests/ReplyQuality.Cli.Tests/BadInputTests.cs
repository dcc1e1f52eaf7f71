using System.Text.Json;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Bad input never stops a run: an unreadable file, a malformed JSON line, a CSV without a text column, a record
/// without text, a record over the size limit → a result with an error field and no score, counted in readErrors.
/// Records in == results out. Per-record read errors do not change the exit code by themselves.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_csv_without_a_text_column_gives_error_results_and_does_not_fail_the_run()
    {
        using var workspace = TempWorkspace.WithFixture("nocolumn");

        var run = workspace.Run("check", "nocolumn", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count > 0, run.Because("A file that cannot be read still gets a result."));
        foreach (var result in report.Results)
        {
            Assert.True(result.IsReadError() && result.HasNoScore(), run.Because($"Expected an error field and no score: {result.Show()}"));
        }

        Assert.True(report.Summary.Integer("readErrors") == report.Results.Count, run.Because("summary.readErrors should count them."));
        Assert.True(report.Summary.Integer("records") == report.Results.Count, run.Because("summary.records should count them."));
        Assert.True(run.ExitCode == 0, run.Because("Read errors alone do not change the exit code: expected 0."));
    }

    [Fact]
    public void Unreadable_records_get_error_results_in_place_and_the_others_are_analysed()
    {
        using var workspace = TempWorkspace.Create();
        var tooLong = string.Concat(Enumerable.Repeat("Gracias por su paciencia. ", 40_000));
        var lines = new[]
        {
            Replies.Record("complete-en", "en", Replies.CompleteEn),
            "{\"id\": \"no-text\", \"language\": \"en\", \"customerMessage\": \"Where is my refund?\"}",
            "{\"id\": \"too-long\", \"language\": \"es\", \"text\": " + JsonSerializer.Serialize(tooLong) + "}",
            "{\"id\": \"cut-short\", \"language\": \"en\", \"text\": \"We are sorry",
            Replies.Record("complete-es", "es", Replies.CompleteEs),
        };
        workspace.Write("replies/records.jsonl", string.Join("\n", lines) + "\n");

        var run = workspace.Run("check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 5, run.Because("5 records in, expected 5 results out."));
        foreach (var line in new[] { 2, 3, 4 })
        {
            var result = report.Results.Find(r => r.Integer("line") == line);
            Assert.True(result is not null && result.IsReadError() && result.HasNoScore(), run.Because($"Line {line} cannot be analysed: expected a result with an error field and no score at line {line}."));
        }

        foreach (var id in new[] { "complete-en", "complete-es" })
        {
            Assert.True(report.Result(id).Integer("score") is not null, run.Because($"{id} is readable and should be analysed."));
        }

        Assert.True(report.Summary.Integer("readErrors") == 3, run.Because("summary.readErrors should be 3 (no text, too long, malformed)."));
        Assert.True(report.Summary.Integer("records") == 5, run.Because("summary.records should be 5, errors included."));
        Assert.True(run.ExitCode == 0, run.Because("The readable replies are complete and read errors alone do not change the exit code: expected 0."));
    }

    [Fact]
    public void Json_and_yaml_files_may_hold_their_records_under_replies()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/wrapped.json", "{\"replies\": [" + Replies.Record("wrapped-json", "en", Replies.FaqEn) + "]}\n");
        workspace.Write("replies/wrapped.yaml", "replies:\n  - id: wrapped-yaml\n    language: en\n    text: \"" + Replies.FaqEn + "\"\n");

        var run = workspace.Run("check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Result("wrapped-json").RuleIds().Contains("RQ203"), run.Because("An object with a replies array is read like an array."));
        Assert.True(report.Result("wrapped-yaml").RuleIds().Contains("RQ203"), run.Because("A mapping with a replies sequence is read like a sequence."));
    }
}
