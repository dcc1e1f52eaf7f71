using System.Security.Cryptography;

namespace ReplyQuality.Cli.Tests;

/// <summary>Input files are never written, whatever the format, baseline or output options.</summary>
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

        var after = Snapshot(folder);
        var changed = before.Keys.Union(after.Keys)
            .Where(f => !before.TryGetValue(f, out var b) || !after.TryGetValue(f, out var a) || b != a)
            .ToList();
        Assert.True(changed.Count == 0, "Input files changed, appeared or disappeared: " + string.Join(", ", changed));
    }

    /// <summary>Relative path → SHA-256 of every file under <paramref name="folder"/>.</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
