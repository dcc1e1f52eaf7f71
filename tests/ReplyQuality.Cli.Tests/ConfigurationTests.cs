namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Configuration: <c>.replylint.json</c>, <c>.replylint.yaml</c> or <c>.replylint.yml</c> found by walking up from the
/// first input path, or given with --config; command-line flags win over the file. The configured fixture's file
/// sets <c>failOn: warning</c> and <c>rules: {RQ303: off}</c>; its reply points to the website (RQ203, a warning) and
/// shows no empathy (RQ303).
/// </summary>
public sealed class ConfigurationTests
{
    private const string Reply = "es-devoluciones";

    [Fact]
    public void A_config_file_is_found_by_walking_up_from_the_input_path()
    {
        using var workspace = Configured();

        var run = workspace.Run("check", "configured/replies", "--format", "json");

        var ruleIds = JsonReport.Parse(run).Result(Reply).RuleIds();
        Assert.False(ruleIds.Contains("RQ303"), run.Because("configured/.replylint.yaml turns RQ303 off."));
        Assert.True(ruleIds.Contains("RQ203"), run.Because("RQ203 stays on."));
        Assert.True(run.ExitCode == 1, run.Because("failOn: warning and an RQ203 warning: expected exit code 1."));
    }

    [Fact]
    public void Without_the_config_file_the_defaults_apply()
    {
        using var workspace = Configured();
        File.Delete(workspace.PathOf("configured/.replylint.yaml"));

        var run = workspace.Run("check", "configured/replies", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Result(Reply).RuleIds().Contains("RQ303"), run.Because("Without the config RQ303 missing-empathy is on."));
        var errors = report.AllFindings().FindAll(f => f.Text("severity") == "error");
        Assert.True(run.ExitCode == (errors.Count > 0 ? 1 : 0), run.Because($"Default --fail-on error with {errors.Count} error finding(s)."));
    }

    [Theory]
    [InlineData(".replylint.json", "{\"failOn\": \"warning\", \"rules\": {\"RQ303\": \"off\"}}\n")]
    [InlineData(".replylint.yml", "failOn: warning\nrules:\n  RQ303: off\n")]
    public void Json_and_yml_config_files_are_found_too(string fileName, string content)
    {
        using var workspace = Configured();
        File.Delete(workspace.PathOf("configured/.replylint.yaml"));
        workspace.Write("configured/" + fileName, content);

        var run = workspace.Run("check", "configured/replies", "--format", "json");

        Assert.False(JsonReport.Parse(run).Result(Reply).RuleIds().Contains("RQ303"), run.Because($"configured/{fileName} turns RQ303 off."));
        Assert.True(run.ExitCode == 1, run.Because("failOn: warning and an RQ203 warning: expected exit code 1."));
    }

    [Fact]
    public void Command_line_flags_win_over_the_config_file()
    {
        using var workspace = Configured();

        var run = workspace.Run("check", "configured/replies", "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.Because("--fail-on none overrides failOn: warning from the file: expected exit code 0."));
    }

    [Fact]
    public void A_config_file_given_with_the_config_flag_is_used()
    {
        using var workspace = Configured();
        File.Delete(workspace.PathOf("configured/.replylint.yaml"));
        workspace.Write("settings/team.yaml", "rules:\n  RQ203: off\n");

        var run = workspace.Run("check", "configured/replies", "--format", "json", "--config", "settings/team.yaml");

        var ruleIds = JsonReport.Parse(run).Result(Reply).RuleIds();
        Assert.False(ruleIds.Contains("RQ203"), run.Because("settings/team.yaml turns RQ203 off."));
        Assert.True(ruleIds.Contains("RQ303"), run.Because("settings/team.yaml leaves RQ303 on."));
    }

    [Theory]
    [InlineData("failOn: [warning\n")]
    [InlineData("failOn: sometimes\n")]
    [InlineData("rules:\n  RQ303: sometimes\n")]
    public void A_bad_config_file_exits_2(string content)
    {
        using var workspace = Configured();
        workspace.Write("configured/.replylint.yaml", content);

        var run = workspace.Run("check", "configured/replies");

        Assert.True(run.ExitCode == 2, run.Because($"A bad config file (\"{content.Trim()}\"): expected exit code 2."));
        Assert.False(string.IsNullOrWhiteSpace(run.Stderr), run.Because("A bad config file should be explained on standard error."));
    }

    [Fact]
    public void Extra_phrases_from_the_config_raise_their_rule()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("team/.replylint.yaml", "phrases:\n  RQ203:\n    es: [\"mire en el portal del empleado\"]\n");
        workspace.Write("team/replies/vacaciones.jsonl", Replies.Record("vacaciones", "es", "Hola Laura, para cambiar sus vacaciones mire en el portal del empleado.") + "\n");

        var run = workspace.Run("check", "team/replies", "--format", "json");

        var finding = JsonReport.Parse(run).Result("vacaciones").Finding("RQ203");
        if (finding is null)
        {
            Assert.Fail(run.Because("The phrase added for RQ203 in the config should raise RQ203."));
            return;
        }

        var spans = finding.Spans().Select(s => s.Text("text") ?? string.Empty).ToList();
        Assert.True(spans.Exists(s => s.Contains("portal del empleado", StringComparison.OrdinalIgnoreCase)), run.Because($"The span should cover the configured phrase; spans: {string.Join(" | ", spans)}."));
    }

    [Fact]
    public void Ignored_files_are_not_read()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("team/.replylint.yaml", "ignore: [\"**/*.draft.md\"]\n");
        workspace.Write("team/replies/refund.txt", Replies.CompleteEn + "\n");
        workspace.Write("team/replies/nuevo.draft.md", Replies.BlamesCustomerEn + "\n");

        var run = workspace.Run("check", "team/replies", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 1 && report.Results[0].Text("id") == "refund", run.Because("nuevo.draft.md matches ignore: [\"**/*.draft.md\"]: only refund.txt should be read."));
        Assert.True(run.ExitCode == 0, run.Because("The ignored draft cannot fail the run: expected exit code 0."));
    }

    [Fact]
    public void The_golden_hour_comes_from_the_config()
    {
        using var workspace = TempWorkspace.Create();
        var record = "{\"id\": \"slow\", \"language\": \"en\", \"receivedAt\": \"2026-03-02T10:00:00Z\", \"respondedAt\": \"2026-03-02T10:45:00Z\", " +
            "\"text\": " + System.Text.Json.JsonSerializer.Serialize(Replies.CompleteEn) + "}\n";
        workspace.Write("team/replies/slow.jsonl", record);

        var byDefault = workspace.Run("check", "team/replies", "--format", "json");
        workspace.Write("team/.replylint.yaml", "goldenHourMinutes: 30\n");
        var configured = workspace.Run("check", "team/replies", "--format", "json");

        Assert.False(JsonReport.Parse(byDefault).Result("slow").RuleIds().Contains("RQ402"), byDefault.Because("Answered after 45 minutes, within the default golden hour of 60: no RQ402."));
        Assert.True(JsonReport.Parse(configured).Result("slow").RuleIds().Contains("RQ402"), configured.Because("goldenHourMinutes: 30 and an answer after 45 minutes: expected RQ402."));
    }

    [Fact]
    public void Assume_complaint_false_reads_a_reply_without_a_customer_message_as_no_complaint()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("team/replies/bare.jsonl", Replies.Record("bare", "en", Replies.BareEn) + "\n");

        var byDefault = workspace.Run("check", "team/replies", "--format", "json");
        workspace.Write("team/.replylint.yaml", "assumeComplaint: false\n");
        var configured = workspace.Run("check", "team/replies", "--format", "json");

        Assert.True(JsonReport.Parse(byDefault).Result("bare").RuleIds().Contains("RQ301"), byDefault.Because("A bare reply to an assumed complaint misses the apology: expected RQ301."));
        var result = JsonReport.Parse(configured).Result("bare");
        Assert.False(result.RuleIds().Exists(id => id.StartsWith("RQ3", StringComparison.Ordinal)), configured.Because($"assumeComplaint: false: no missing-element findings (RQ3xx) without a customer message. {result.Show()}"));
        Assert.True(result.Text("messageKind") != "complaint", configured.Because($"assumeComplaint: false: the message kind is not a complaint. {result.Show()}"));
    }

    [Fact]
    public void The_lang_flag_forces_the_language()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");

        var run = workspace.Run("check", "mixed/es-courier.txt", "--format", "json", "--lang", "en");

        var result = JsonReport.Parse(run).Result("es-courier");
        Assert.True(result.Text("language") == "en", run.Because($"--lang en forces English on a Spanish reply: {result.Show()}"));
    }

    private static TempWorkspace Configured()
    {
        var workspace = TempWorkspace.WithFixture("configured");
        if (!File.Exists(workspace.PathOf("configured/.replylint.yaml")))
        {
            workspace.Dispose();
            throw new InvalidOperationException("Fixtures/configured/.replylint.yaml was not copied to the test output: check the Fixtures item in the .csproj (dot files).");
        }

        return workspace;
    }
}
