namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Baseline: <c>--update-baseline --baseline FILE</c> records today's findings; later runs with <c>--baseline FILE</c>
/// report (and fail on) only findings that are not in it. A finding is identified by file, record id, rule id and
/// the text of its span, so it survives edits elsewhere in the file.
/// </summary>
public sealed class BaselineTests
{
    private const string Baseline = "reply-lint.baseline.json";

    [Fact]
    public void A_baseline_hides_todays_findings_and_a_new_bad_reply_fails_again()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");
        RecordBaseline(workspace);

        var again = workspace.Run("check", "mixed", "--format", "json", "--baseline", Baseline);

        Assert.True(again.ExitCode == 0, again.Because("Every finding is in the baseline: expected exit code 0."));
        var stillReported = JsonReport.Parse(again).Results.FindAll(r => r.Findings().Count > 0);
        Assert.True(stillReported.Count == 0, again.Because($"Baselined findings should not be reported; still reported for: {string.Join(", ", stillReported.Select(r => r.Text("id")))}."));

        workspace.Write("mixed/new-reply.txt", Replies.BlamesCustomerEn + "\n");
        var withNewReply = workspace.Run("check", "mixed", "--format", "json", "--baseline", Baseline);

        Assert.True(withNewReply.ExitCode == 1, withNewReply.Because("A new reply that blames the customer is not in the baseline: expected exit code 1."));
        var report = JsonReport.Parse(withNewReply);
        var reported = report.Results.FindAll(r => r.Findings().Count > 0).Select(r => r.Text("id")).ToList();
        Assert.True(reported.Count == 1 && reported[0] == "new-reply", report.Because($"Only the new reply should have findings; reported for: {string.Join(", ", reported)}."));
        Assert.True(report.Result("new-reply").RuleIds().Contains("RQ205"), report.Because("The new reply should raise RQ205."));
    }

    [Fact]
    public void A_baselined_finding_survives_edits_elsewhere_in_the_file()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");
        RecordBaseline(workspace);

        // Lines move: two blank lines above the courier reply, and the JSON records in reverse order.
        var courier = workspace.PathOf("mixed/es-courier.txt");
        File.WriteAllText(courier, "\n\n" + File.ReadAllText(courier));
        var json = workspace.PathOf("mixed/replies.json");
        var records = File.ReadAllLines(json).Select(l => l.Trim()).Where(l => l.StartsWith('{')).Select(l => "  " + l.TrimEnd(',')).Reverse().ToList();
        File.WriteAllText(json, "[\n" + string.Join(",\n", records) + "\n]\n");

        var run = workspace.Run("check", "mixed", "--format", "json", "--baseline", Baseline);

        var report = JsonReport.Parse(run);
        Assert.True(report.Result("json-terms").Integer("line") == 4, report.Because("json-terms moved to line 4."));
        var stillReported = report.Results.FindAll(r => r.Findings().Count > 0);
        Assert.True(stillReported.Count == 0, report.Because($"Moving records does not make their findings new; reported for: {string.Join(", ", stillReported.Select(r => r.Text("id")))}."));
        Assert.True(run.ExitCode == 0, run.Because("Nothing new: expected exit code 0."));
    }

    private static void RecordBaseline(TempWorkspace workspace)
    {
        var update = workspace.Run("check", "mixed", "--format", "json", "--update-baseline", "--baseline", Baseline);

        Assert.True(update.ExitCode is 0 or 1, update.Because("--update-baseline is not a usage error."));
        Assert.True(File.Exists(workspace.PathOf(Baseline)), update.Because($"--update-baseline --baseline {Baseline} should write {Baseline}."));
    }
}
