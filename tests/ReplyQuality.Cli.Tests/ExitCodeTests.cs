namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Exit codes: 0 nothing at or above --fail-on (default error) and every score ≥ --min-score; 1 findings or scores
/// fail the threshold; 2 usage or configuration error (bad flag, missing path, bad config file).
/// </summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void A_folder_of_good_replies_exits_0_with_the_default_fail_on_error()
    {
        using var workspace = TempWorkspace.WithFixture("good");

        var run = workspace.Run("check", "good");

        Assert.True(run.ExitCode == 0, run.Because("Only complete replies and the default --fail-on error: expected exit code 0."));
    }

    [Fact]
    public void A_reply_that_blames_the_customer_is_an_error_and_exits_1()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/terms.txt", Replies.BlamesCustomerEn + "\n");

        var run = workspace.Run("check", "replies", "--format", "json");

        Assert.True(run.ExitCode == 1, run.Because("RQ205 blames-customer is an error by default: expected exit code 1."));
        var finding = JsonReport.Parse(run).Result("terms").Finding("RQ205");
        Assert.True(finding is not null, run.Because("Expected an RQ205 finding for \"You should have read the terms before ordering.\""));
        Assert.True(finding.Text("severity") == "error", run.Because("Expected RQ205 with severity \"error\"."));
    }

    [Theory]
    [InlineData("check does-not-exist")]
    [InlineData("check good does-not-exist")]
    [InlineData("check good --format xml")]
    [InlineData("check good --fail-on sometimes")]
    [InlineData("check good --min-score lots")]
    [InlineData("check good --no-such-flag")]
    [InlineData("check good --config missing.yaml")]
    public void Usage_errors_exit_2(string commandLine)
    {
        using var workspace = TempWorkspace.WithFixture("good");

        var run = workspace.Run(commandLine.Split(' '));

        Assert.True(run.ExitCode == 2, run.Because("A usage error: expected exit code 2."));
        Assert.False(string.IsNullOrWhiteSpace(run.Stderr), run.Because("A usage error should be explained on standard error."));
    }

    [Theory]
    [InlineData("error")]
    [InlineData("warning")]
    [InlineData("info")]
    [InlineData("none")]
    public void The_exit_code_is_1_exactly_when_a_finding_is_at_or_above_fail_on(string failOn)
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed", "--format", "json", "--fail-on", failOn);

        var report = JsonReport.Parse(run);
        var threshold = Catalogue.Rank(failOn);
        var failing = report.AllFindings().Count(f => Catalogue.Rank(f.Text("severity")) >= threshold);
        var expected = failing > 0 ? 1 : 0;
        Assert.True(run.ExitCode == expected, run.Because($"--fail-on {failOn}: {failing} finding(s) at or above it, so exit code {expected}."));
        Assert.True(report.Summary.Flag("failed") == (expected == 1), run.Because($"summary.failed should be {expected == 1}."));
        if (failOn == "error")
        {
            Assert.True(failing > 0, run.Because("The mixed fixture has error-level findings (RQ205 in replies.json, RQ206 and RQ208 in replies.yaml)."));
        }
    }

    [Fact]
    public void Fail_on_none_exits_0_even_with_an_error()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/terms.txt", Replies.BlamesCustomerEn + "\n");

        var run = workspace.Run("check", "replies", "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.Because("--fail-on none: findings never fail the run, expected exit code 0."));
    }

    [Fact]
    public void A_warning_fails_the_run_only_with_fail_on_warning()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/faq.txt", Replies.FaqEn + "\n");

        var warning = workspace.Run("check", "replies", "--format", "json", "--fail-on", "warning");
        var byDefault = workspace.Run("check", "replies", "--format", "json");

        var findings = JsonReport.Parse(byDefault).AllFindings();
        Assert.True(findings.Exists(f => f.Text("ruleId") == "RQ203" && f.Text("severity") == "warning"), byDefault.Because("Expected RQ203 website-deflection as a warning."));
        Assert.True(warning.ExitCode == 1, warning.Because("A warning with --fail-on warning: expected exit code 1."));
        var errors = findings.FindAll(f => f.Text("severity") == "error");
        Assert.True(byDefault.ExitCode == (errors.Count > 0 ? 1 : 0), byDefault.Because($"Default --fail-on error with {errors.Count} error finding(s)."));
    }

    [Fact]
    public void Min_score_fails_a_run_whose_scores_are_below_it_whatever_fail_on_says()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var strict = workspace.Run("check", "mixed", "--format", "json", "--fail-on", "none", "--min-score", "100");
        var lenient = workspace.Run("check", "mixed", "--format", "json", "--fail-on", "none", "--min-score", "0");

        var belowFull = JsonReport.Parse(strict).Results.FindAll(r => r.Integer("score") is < 100);
        Assert.True(belowFull.Count > 0, strict.Because("The mixed fixture has replies scoring below 100 (es-courier.txt blames the courier)."));
        Assert.True(strict.ExitCode == 1, strict.Because($"{belowFull.Count} score(s) below --min-score 100: expected exit code 1."));
        Assert.True(lenient.ExitCode == 0, lenient.Because("--fail-on none --min-score 0: nothing can fail, expected exit code 0."));
    }
}
