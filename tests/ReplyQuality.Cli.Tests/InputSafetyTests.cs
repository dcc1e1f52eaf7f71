using System.Security.Cryptography;

namespace ReplyQuality.Cli.Tests;

/// <summary>Input files are never written, whatever the format, baseline or output options, nor a file read as standard input.</summary>
public sealed class InputSafetyTests
{
    [Fact]
    public void Checking_never_changes_or_adds_files_in_the_input_folder()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");
        var folder = workspace.PathOf("mixed");
        var before = Snapshot(folder);

        string[][] runs =
        [
            ["check", "mixed"],
            ["check", "mixed", "--format", "json"],
            ["check", "mixed", "--format", "jsonl"],
            ["check", "mixed", "--format", "sarif", "--output", "report.sarif"],
            ["check", "mixed", "--format", "github"],
            ["check", "mixed", "--format", "junit", "--output", "report.xml"],
            ["check", "mixed", "--update-baseline", "--baseline", "reply-lint.baseline.json"],
            ["check", "mixed", "--baseline", "reply-lint.baseline.json"],
        ];
        foreach (var args in runs)
        {
            var run = workspace.Run(args);
            Assert.True(run.ExitCode is 0 or 1, run.Because("Expected a completed check (exit code 0 or 1)."));
        }

        var changed = Changed(before, Snapshot(folder));
        Assert.True(changed.Count == 0, "Input files changed, appeared or disappeared: " + string.Join(", ", changed));
    }

    [UnixFact]
    public void Reading_standard_input_redirected_from_a_file_never_changes_the_file()
    {
        using var workspace = TempWorkspace.WithFixture("mixed");
        var folder = workspace.PathOf("mixed");
        var before = Snapshot(folder);
        var records = File.ReadAllLines(workspace.PathOf("mixed/replies.jsonl")).Count(l => !string.IsNullOrWhiteSpace(l));

        // reply-lint check - < mixed/replies.jsonl: standard input is the file itself, not a copy through a pipe.
        string[] redirect = ["/bin/sh", "-c", "input=$1; shift; exec \"$@\" < \"$input\"", "sh", "mixed/replies.jsonl"];
        var run = workspace.RunVia(redirect, "check", "-", "--format", "jsonl");

        Assert.True(run.ExitCode is 0 or 1, run.Because("Expected a completed check (exit code 0 or 1)."));
        var results = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(results == records, run.Because($"{records} records in, expected {records} results out; got {results}."));
        var changed = Changed(before, Snapshot(folder));
        Assert.True(changed.Count == 0, run.Because("The file read as standard input (or another in its folder) changed, appeared or disappeared: " + string.Join(", ", changed)));
    }

    /// <summary>Files that differ between two snapshots, appeared or disappeared.</summary>
    private static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(f => !before.TryGetValue(f, out var b) || !after.TryGetValue(f, out var a) || b != a)];

    /// <summary>Relative path → SHA-256 of every file under <paramref name="folder"/>.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
