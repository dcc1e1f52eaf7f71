using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// samples/CannedRepliesCi as its README describes it: the tool, run from the sample's folder with its own
/// configuration, flags exactly the replies written with problems, leaves the good ones alone and fails the build
/// (exit code 1) on the error-level findings.
/// </summary>
public sealed class SampleTests
{
    private static string SampleFolder => Path.Combine(ReplyLint.RepositoryRoot, "samples", "CannedRepliesCi");

    [Fact]
    public void The_canned_replies_sample_flags_the_replies_written_with_problems_and_only_those()
    {
        var run = ReplyLint.Run(SampleFolder, "check", "replies/", "--format", "jsonl");

        Assert.True(run.ExitCode == 1, run.Because("The sample holds error-level findings (RQ205, RQ206, RQ208) and fails on errors: expected exit code 1."));
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var record = JsonNode.Parse(line)!.AsObject();
            found[record["id"]!.GetValue<string>()] = [.. (record["findings"]?.AsArray() ?? []).Select(f => f!["ruleId"]!.GetValue<string>())];
        }

        string[] clean = ["retraso-envio", "refund-delay", "praise-es-reforma", "praise-en-dinner"];
        foreach (var id in clean)
        {
            Assert.True(found.TryGetValue(id, out var rules) && rules.Count == 0, run.Because($"{id} is a good reply: expected no findings, got [{string.Join(", ", found.GetValueOrDefault(id) ?? [])}]."));
        }

        (string Id, string[] Rules)[] flagged =
        [
            ("cobro-duplicado", ["RQ201", "RQ203", "RQ206"]),
            ("resena-negativa", ["RQ208"]),
            ("broken-item", ["RQ202", "RQ204", "RQ205"]),
            ("outage", ["RQ305"]),
            ("praise-en-canned-apology", ["RQ401"]),
        ];
        foreach (var (id, rules) in flagged)
        {
            Assert.True(found.TryGetValue(id, out var actual), run.Because($"Expected a result for {id}."));
            foreach (var rule in rules)
            {
                Assert.True(actual!.Contains(rule), run.Because($"{id}: expected {rule} among [{string.Join(", ", actual!)}]."));
            }
        }
    }
}
