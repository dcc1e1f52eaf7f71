using System.Diagnostics;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Ctrl-C (SIGINT) stops a run cleanly with exit code 130: the JSONL lines written so far are complete and flushed,
/// and an <c>--output</c> file is only ever replaced whole (written to a temporary file, then renamed).
/// </summary>
public sealed class InterruptTests
{
    private static readonly TimeSpan FirstResults = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopsWithin = TimeSpan.FromSeconds(5);

    [UnixFact]
    public void Ctrl_c_stops_a_stdin_run_with_exit_code_130_and_every_line_written_is_a_complete_result()
    {
        using var workspace = TempWorkspace.Create();
        using var session = ReplyLintSession.Start(workspace.Root, "check", "-", "--format", "jsonl");
        using var feeding = session.FeedEndlessly(Record);
        for (var i = 1; i <= 20; i++)
        {
            Assert.True(session.ReadLine(FirstResults) is not null, session.Because($"Expected result {i} while records keep coming."));
        }

        Assert.False(session.HasExited, session.Because("Standard input never ends: the run must still be going when Ctrl-C is sent."));
        var clock = Stopwatch.StartNew();
        session.Interrupt();
        var exitCode = session.WaitForExit(StopsWithin);
        clock.Stop();

        Assert.True(exitCode is not null, session.Because($"reply-lint did not stop within {StopsWithin.TotalSeconds} s of SIGINT."));
        Assert.True(exitCode == 130, session.Because($"Interrupted with Ctrl-C: expected exit code 130, got {exitCode} after {clock.ElapsedMilliseconds} ms."));
        // A process killed by the signal also reports 130 (128 + SIGINT): the tool's own word shows it stopped itself.
        Assert.True(session.Stderr.Contains("interrupted", StringComparison.Ordinal), session.Because("The tool should catch Ctrl-C, stop reading and say it was interrupted on standard error, not die of the signal."));
        var stdout = session.Stdout;
        Assert.True(stdout.EndsWith('\n'), session.Because("Standard output must end with a whole line: the last result was cut short or not flushed."));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 20, session.Because($"The 20 results read before Ctrl-C are on standard output; got {lines.Length} lines."));
        for (var i = 0; i < lines.Length; i++)
        {
            var result = JsonAccess.ParseObject(lines[i], $"Output line {i + 1} of {lines.Length}", session.Because(string.Empty));
            Assert.True(result.Text("id") == Id(i + 1) && result.Integer("score") is not null, session.Because($"Line {i + 1} should be the complete result of record {Id(i + 1)}, in input order: {result.Show()}"));
        }
    }

    [UnixTheory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void An_interrupted_run_keeps_the_previous_output_file_and_leaves_no_temporary_file(string format)
    {
        using var workspace = TempWorkspace.Create();
        const string Previous = "{\"note\": \"the complete report of an earlier run\"}\n";
        workspace.Write("report.json", Previous);
        using var session = ReplyLintSession.Start(workspace.Root, "check", "-", "--format", format, "--output", "report.json");
        using var feeding = session.FeedEndlessly(Record);

        // The report is being written once a temporary file appears beside it (JSONL: with results in it already).
        var writing = Stopwatch.StartNew();
        string[] temporary;
        while ((temporary = NewFiles(workspace)).Length == 0 || (format == "jsonl" && new FileInfo(temporary[0]).Length == 0))
        {
            Assert.True(writing.Elapsed < FirstResults && !session.HasExited, session.Because($"No temporary report file with results beside report.json within {FirstResults.TotalSeconds} s."));
            Thread.Sleep(50);
        }

        session.Interrupt();
        var exitCode = session.WaitForExit(StopsWithin);

        Assert.True(exitCode == 130, session.Because($"Interrupted with Ctrl-C: expected exit code 130, got {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no exit"}."));
        Assert.True(File.ReadAllText(workspace.PathOf("report.json")) == Previous, session.Because("The interrupted run must leave the previous report.json as it was, not a partial report."));
        var left = NewFiles(workspace);
        Assert.True(left.Length == 0, session.Because($"The temporary file must be removed when the run is interrupted; left: {string.Join(", ", left.Select(Path.GetFileName))}."));
    }

    private static string Id(int i) => $"r-{i:D6}";

    private static string Record(int i)
    {
        var (language, text) = Replies.Pool[(i - 1) % Replies.Pool.Length];
        return Replies.Record(Id(i), language, text);
    }

    /// <summary>Files in the workspace other than report.json (dot files included).</summary>
    private static string[] NewFiles(TempWorkspace workspace) =>
        [.. Directory.GetFiles(workspace.Root).Where(f => Path.GetFileName(f) != "report.json")];
}
