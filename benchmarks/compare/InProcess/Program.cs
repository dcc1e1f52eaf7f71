using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ReplyQuality;

// Times ReplyQuality in-process over one JSONL corpus (one record a line: "text", and "customerMessage" and
// "language" when present, read as reply-lint reads them), for the side-by-side comparison with the peers
// (benchmarks/compare/compare.sh). Single thread; each engine analyses the whole corpus once as a warm-up
// (phrase tries, model, JIT), then once timed (only the analysis: the corpus is read beforehand).
// Usage: dotnet run -c Release --project benchmarks/compare/InProcess -- corpus.jsonl
// Prints one JSON line per engine: {"tool":"ReplyQuality (library)","replies":N,"seconds":S,"perSecond":R};
// a sanity count of the findings goes to standard error.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: ReplyQuality.Compare corpus.jsonl").ConfigureAwait(false);
    return 2;
}

var drafts = new List<ReplyDraft>();
foreach (var line in await File.ReadAllLinesAsync(args[0]).ConfigureAwait(false))
{
    if (!string.IsNullOrWhiteSpace(line))
    {
        drafts.Add(ToDraft(line));
    }
}

(string Tool, ReplyAnalyzer Analyzer)[] engines =
[
    ("ReplyQuality (library)", ReplyAnalyzer.CreateDefault()),
    ("ReplyQuality rules only (library)", ReplyAnalyzer.Create(new ReplyQualityOptions { UseModel = false })),
];

foreach (var (tool, analyzer) in engines)
{
    Pass(analyzer, drafts); // warm-up
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var stopwatch = Stopwatch.StartNew();
    var findings = Pass(analyzer, drafts);
    stopwatch.Stop();
    var seconds = stopwatch.Elapsed.TotalSeconds;
    await Console.Error.WriteLineAsync($"{tool}: {findings} findings in {drafts.Count} replies").ConfigureAwait(false);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"tool":{{JsonSerializer.Serialize(tool)}},"replies":{{drafts.Count}},"seconds":{{seconds:0.000}},"perSecond":{{Math.Round(drafts.Count / seconds)}}}"""));
}

return 0;

// Analyses every draft once; returns the number of findings (so the work cannot be optimised away).
static long Pass(ReplyAnalyzer analyzer, List<ReplyDraft> drafts)
{
    long findings = 0;
    foreach (var draft in drafts)
    {
        findings += analyzer.Analyze(draft).Findings.Count;
    }

    return findings;
}

// Reads one JSONL record the way reply-lint does: the reply, and its customer message and language if given.
static ReplyDraft ToDraft(string line)
{
    using var record = JsonDocument.Parse(line);
    var root = record.RootElement;
    return new ReplyDraft(root.GetProperty("text").GetString() ?? string.Empty)
    {
        CustomerMessage = Get(root, "customerMessage"),
        Language = Get(root, "language")?.Trim().ToLowerInvariant(),
    };
}

static string? Get(JsonElement root, string name) =>
    root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
        ? text
        : null;
