using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReplyQuality.Cli.Linting;

/// <summary>
/// Findings accepted on a legacy set, so a team can adopt reply-lint and fail only on new problems. A finding is
/// known by its file, record id, rule and the text of its span, so it survives edits elsewhere in the file.
/// </summary>
internal sealed class Baseline
{
    private readonly HashSet<string> _known;

    private Baseline(HashSet<string> known) => _known = known;

    /// <summary>An empty baseline.</summary>
    public static Baseline Empty { get; } = new([]);

    /// <summary>Whether a finding is accepted by the baseline.</summary>
    public bool Contains(string file, string id, Finding finding) => _known.Contains(Key(file, id, finding.RuleId, SpanText(finding)));

    /// <summary>Loads a baseline file.</summary>
    /// <exception cref="UsageException">The file is missing or not a baseline.</exception>
    public static Baseline Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: baseline file not found (create it with --update-baseline)");
        }

        try
        {
            var file = JsonSerializer.Deserialize<BaselineFile>(File.ReadAllText(path), Options)
                ?? throw new UsageException($"{path}: empty baseline file");
            return new Baseline([.. file.Findings.Select(f => Key(f.File, f.Id, f.RuleId, f.Text))]);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: not a reply-lint baseline: {e.Message}");
        }
    }

    /// <summary>Writes the findings of a run as the new baseline (atomically).</summary>
    public static void Save(string path, IEnumerable<LintResult> results)
    {
        var entries = results
            .Where(r => r.Error is null)
            .SelectMany(r => r.Findings.Select(f => new BaselineEntry(r.Record.File, r.Record.Id, f.RuleId, SpanText(f))))
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToList();
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, new BaselineFile(1, entries), Options));
    }

    private static string SpanText(Finding finding) =>
        string.Join(" | ", finding.Spans.Select(s => string.Join(' ', s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

    private static string Key(string file, string id, string ruleId, string text) => string.Join('\u001F', file, id, ruleId.ToUpperInvariant(), text);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record BaselineFile(int Version, List<BaselineEntry> Findings);

    private sealed record BaselineEntry(string File, string Id, string RuleId, string Text);
}

/// <summary>Writes a file through a temporary file and a rename, so an interrupted run never leaves half a report.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
