using System.Text;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// <c>check -</c>: JSONL records on standard input, results as JSONL on standard output, one line per record, in input
/// order, so the tool can run as a map step under an existing engine.
/// </summary>
public sealed class StreamingTests
{
    private static readonly string[] Lines = ["\r\n", "\n"];

    [Fact]
    public void Fifty_records_on_stdin_give_fifty_results_in_the_same_order()
    {
        using var workspace = TempWorkspace.Create();
        var ids = Enumerable.Range(1, 50).Select(i => $"reply-{i:D2}").ToList();
        var input = string.Concat(ids.Select((id, i) =>
        {
            var (language, text) = Replies.Pool[i % Replies.Pool.Length];
            return Replies.Record(id, language, text) + "\n";
        }));

        var run = workspace.RunWithInput(input, "check", "-");

        Assert.True(run.ExitCode is 0 or 1, run.Because("Expected exit code 0 or 1, not a usage error."));
        var lines = run.Stdout.Split(Lines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 50, run.Because($"50 records in, expected 50 lines out; got {lines.Length}."));
        var results = lines.Select((l, i) => JsonAccess.ParseObject(l, $"Output line {i + 1}", run.ToString())).ToList();
        Assert.Equal(ids, results.Select(r => r.Text("id") ?? "(no id)").ToList());
        for (var i = 0; i < results.Count; i++)
        {
            Assert.True(results[i].Integer("line") == i + 1, run.Because($"Result {i + 1} should give the input line number {i + 1}: {results[i].Show()}"));
            Assert.True(results[i].Integer("score") is not null, run.Because($"Every record here is readable and gets a score: {results[i].Show()}"));
        }

        Assert.True(results.Exists(r => r.RuleIds().Contains("RQ205")), run.Because("The replies are analysed (reply-03 blames the customer: RQ205)."));
    }

    [Fact]
    public void Each_result_is_written_before_the_next_record_arrives()
    {
        using var workspace = TempWorkspace.Create();
        using var session = ReplyLintSession.Start(workspace.Root, "check", "-");
        var timeout = TimeSpan.FromSeconds(60);

        session.WriteLine(Replies.Record("first", "en", Replies.CompleteEn));
        var first = session.ReadLine(timeout);
        session.WriteLine(Replies.Record("second", "es", Replies.CourierEs));
        var second = session.ReadLine(timeout);
        var exitCode = session.Finish();

        Assert.True(first is not null && JsonAccess.ParseObject(first, "The first result", session.Because(string.Empty)).Text("id") == "first", session.Because("The first result should arrive while standard input is still open."));
        Assert.True(second is not null && JsonAccess.ParseObject(second, "The second result", session.Because(string.Empty)).Text("id") == "second", session.Because("The second result should follow the second record."));
        Assert.True(exitCode is 0 or 1, session.Because($"Expected exit code 0 or 1, got {exitCode}."));
    }

    [Fact]
    public void A_malformed_line_on_stdin_gives_an_error_result_in_its_place_and_does_not_fail_the_run()
    {
        using var workspace = TempWorkspace.Create();
        var input =
            Replies.Record("before", "en", Replies.CompleteEn) + "\n" +
            "{\"id\": \"broken\", \"text\": \"Sentimos las molestias\n" +
            Replies.Record("after", "es", Replies.CompleteEs) + "\n";

        var run = workspace.RunWithInput(input, "check", "-");

        var lines = run.Stdout.Split(Lines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 3, run.Because($"3 lines in, expected 3 results out; got {lines.Length}."));
        var results = lines.Select((l, i) => JsonAccess.ParseObject(l, $"Output line {i + 1}", run.ToString())).ToList();
        Assert.True(results[0].Text("id") == "before" && results[2].Text("id") == "after", run.Because("The readable records keep their places around the malformed one."));
        Assert.True(results[1].IsReadError() && results[1].HasNoScore(), run.Because($"The malformed line gives a result with an \"error\" field and no score: {results[1].Show()}"));
        Assert.True(results[1].Integer("line") == 2, run.Because($"The error result is located at input line 2: {results[1].Show()}"));
        Assert.True(run.ExitCode == 0, run.Because("The two readable replies are complete and read errors alone do not change the exit code: expected 0."));
    }

    [Fact]
    public void A_line_that_is_not_valid_utf8_on_stdin_gives_an_error_result_in_its_place_and_the_lines_after_it_are_analysed()
    {
        using var workspace = TempWorkspace.Create();
        byte[] input =
        [
            .. Encoding.UTF8.GetBytes(Replies.Record("before", "en", Replies.CompleteEn) + "\n"),
            .. Encoding.Latin1.GetBytes("{\"id\": \"latin1\", \"language\": \"es\", \"text\": \"Le devolvemos el importe mañana.\"}\n"),
            .. Encoding.UTF8.GetBytes(Replies.Record("after", "es", Replies.CompleteEs) + "\n"),
        ];

        var run = workspace.RunWithInput(input, "check", "-");

        var lines = run.Stdout.Split(Lines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 3, run.Because($"3 lines in, expected 3 results out; got {lines.Length}."));
        var results = lines.Select((l, i) => JsonAccess.ParseObject(l, $"Output line {i + 1}", run.ToString())).ToList();
        Assert.True(results[0].Text("id") == "before" && results[2].Text("id") == "after", run.Because("The readable records keep their places around the bad one."));
        Assert.True(results[0].Integer("score") is not null && results[2].Integer("score") is not null, run.Because("The readable records are analysed."));
        Assert.True(results[1].IsReadError() && results[1].HasNoScore(), run.Because($"A line in Latin-1 is not UTF-8: expected a result with an \"error\" field and no score, not a reply analysed with replacement characters: {results[1].Show()}"));
        Assert.True(results[1].Integer("line") == 2, run.Because($"The error result is located at input line 2: {results[1].Show()}"));
        Assert.True(run.ExitCode == 0, run.Because("Read errors alone do not change the exit code: expected 0."));
    }
}
