using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Suppression: a <c>reply-lint-disable RQxxx</c> line in a .txt/.md reply (any comment syntax; alone it suppresses
/// all rules) and a <c>suppress</c> field in a structured record (a rule id, a comma/space separated string or an array).
/// Each test checks the same reply without suppression as a control, in the same run.
/// </summary>
public sealed class SuppressionTests
{
    [Fact]
    public void A_disable_comment_in_a_markdown_reply_removes_that_rules_finding()
    {
        using var workspace = TempWorkspace.WithFixture("suppressed");
        var original = File.ReadAllText(workspace.PathOf("suppressed/website.md"));
        var withoutComment = string.Join('\n', original.Split('\n').Where(l => !l.Contains("reply-lint-disable", StringComparison.Ordinal)));
        workspace.Write("control/website-unsuppressed.md", withoutComment);

        var run = workspace.Run("check", "suppressed", "control", "--format", "json");

        var report = JsonReport.Parse(run);
        var control = report.Result("website-unsuppressed");
        var suppressed = report.Result("website");
        Assert.True(control.RuleIds().Contains("RQ203"), run.Because($"Without its comment the reply sends the customer to the website: expected RQ203. {control.Show()}"));
        Assert.False(suppressed.RuleIds().Contains("RQ203"), run.Because($"<!-- reply-lint-disable RQ203 --> should remove RQ203: {suppressed.Show()}"));
    }

    [Theory]
    [InlineData("reply.md", "<!-- reply-lint-disable RQ203 RQ204 -->\n{reply}\n")]
    [InlineData("reply.txt", "# reply-lint-disable RQ203\n{reply}\n")]
    [InlineData("reply.md", "{reply}\n\n<!-- reply-lint-disable RQ203 -->\n")]
    public void A_disable_line_anywhere_in_a_reply_file_removes_the_rules_it_names(string fileName, string template)
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("suppressed/" + fileName, template.Replace("{reply}", Replies.FaqEs, StringComparison.Ordinal));
        workspace.Write("control/control.txt", Replies.FaqEs + "\n");

        var run = workspace.Run("check", "suppressed", "control", "--format", "json");

        var report = JsonReport.Parse(run);
        var control = report.Result("control");
        var suppressed = report.Result("reply");
        Assert.True(control.RuleIds().Contains("RQ203"), run.Because($"The control reply should raise RQ203: {control.Show()}"));
        Assert.False(suppressed.RuleIds().Contains("RQ203"), run.Because($"The disable line should remove RQ203: {suppressed.Show()}"));
    }

    [Fact]
    public void A_bare_disable_line_suppresses_every_rule_for_that_file()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("suppressed/all.md", "<!-- reply-lint-disable -->\n" + Replies.BlamesCustomerEn + "\n");
        workspace.Write("control/all-control.txt", Replies.BlamesCustomerEn + "\n");

        var run = workspace.Run("check", "suppressed", "control", "--format", "json");

        var report = JsonReport.Parse(run);
        var control = report.Result("all-control");
        var suppressed = report.Result("all");
        Assert.True(control.RuleIds().Contains("RQ205"), run.Because($"The control reply should raise RQ205: {control.Show()}"));
        Assert.True(suppressed.Findings().Count == 0, run.Because($"reply-lint-disable with no ids should suppress every rule: {suppressed.Show()}"));
    }

    [Theory]
    [InlineData("[\"RQ203\"]", "RQ203")]
    [InlineData("\"RQ203\"", "RQ203")]
    [InlineData("\"RQ203, RQ301\"", "RQ203 RQ301")]
    [InlineData("\"RQ203 RQ301\"", "RQ203 RQ301")]
    [InlineData("[\"RQ203\", \"RQ301\"]", "RQ203 RQ301")]
    public void The_suppress_field_removes_exactly_the_rules_it_lists(string suppress, string suppressedRules)
    {
        using var workspace = TempWorkspace.Create();
        var control = new JsonObject { ["id"] = "control", ["language"] = "en", ["text"] = Replies.FaqEn };
        var record = new JsonObject { ["id"] = "suppressed", ["language"] = "en", ["suppress"] = JsonNode.Parse(suppress), ["text"] = Replies.FaqEn };
        workspace.Write("replies/records.jsonl", control.ToJsonString() + "\n" + record.ToJsonString() + "\n");

        var run = workspace.Run("check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        var controlIds = report.Result("control").RuleIds();
        var suppressedIds = report.Result("suppressed").RuleIds();
        Assert.True(controlIds.Contains("RQ203") && controlIds.Contains("RQ301"), run.Because("The control reply (a FAQ link, no apology) should raise RQ203 and RQ301."));
        var listed = suppressedRules.Split(' ');
        foreach (var ruleId in listed)
        {
            Assert.False(suppressedIds.Contains(ruleId), run.Because($"\"suppress\": {suppress} should remove {ruleId}."));
        }

        var kept = controlIds.Except(listed).Where(id => !suppressedIds.Contains(id)).ToList();
        Assert.True(kept.Count == 0, run.Because($"\"suppress\": {suppress} should remove only the rules it lists; also missing: {string.Join(", ", kept)}."));
    }

    [Fact]
    public void The_suppress_column_of_csv_and_field_of_yaml_work_too()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write(
            "replies/macros.csv",
            "id,text,language,suppress\n" +
            $"csv-control,\"{Replies.FaqEn}\",en,\n" +
            $"csv-suppressed,\"{Replies.FaqEn}\",en,RQ203\n");
        workspace.Write(
            "replies/macros.yaml",
            "- id: yaml-suppressed\n" +
            "  language: en\n" +
            "  suppress: [RQ203]\n" +
            $"  text: \"{Replies.FaqEn}\"\n");

        var run = workspace.Run("check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Result("csv-control").RuleIds().Contains("RQ203"), run.Because("The control row should raise RQ203."));
        Assert.False(report.Result("csv-suppressed").RuleIds().Contains("RQ203"), run.Because("A suppress column of RQ203 should remove RQ203."));
        Assert.False(report.Result("yaml-suppressed").RuleIds().Contains("RQ203"), run.Because("suppress: [RQ203] in YAML should remove RQ203."));
    }
}
