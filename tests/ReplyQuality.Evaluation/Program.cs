using System.Globalization;
using System.Text.Json;
using ReplyQuality;
using ReplyQuality.Evaluation;

// Evaluates ReplyQuality on the labelled sets in tests/data/eval and prints per-rule precision, recall and F1
// per language. Options:
//   --data DIR        folder with <split>.<lang>.jsonl files (default: tests/data/eval of this repository)
//   --split NAME      which split to read (default: dev)
//   --detect          let the engine detect the language instead of using the record's
//   --errors          list every record where expected and found rules differ
//   --json            print the metrics as JSON instead of a table
//   --realdata DIR    also report how often each rule fires on real agent replies (../shared/realdata)
var arguments = args.ToList();
string? Option(string name)
{
    var i = arguments.IndexOf(name);
    return i >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
}

var dataDir = Option("--data") ?? Path.Combine(FindRepositoryRoot(), "tests", "data", "eval");
var split = Option("--split") ?? "dev";
var detect = arguments.Contains("--detect");
var showErrors = arguments.Contains("--errors");
var asJson = arguments.Contains("--json");
var realData = Option("--realdata");

var analyzer = ReplyAnalyzer.CreateDefault();
var ruleIds = RuleCatalog.All.Select(r => r.Id).ToArray();
var report = new Dictionary<string, object>();
foreach (var file in Directory.GetFiles(dataDir, $"{split}.*.jsonl").Order(StringComparer.Ordinal))
{
    var language = Path.GetFileNameWithoutExtension(file).Split('.')[^1];
    var records = File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<EvaluationRecord>(l)!).ToList();
    var perRule = ruleIds.ToDictionary(id => id, _ => new RuleMetrics());
    var exact = 0;
    var languageRight = 0;
    var errors = new List<string>();
    foreach (var record in records)
    {
        var assessment = analyzer.Analyze(record.ToDraft(withLanguage: !detect));
        languageRight += assessment.Language == language ? 1 : 0;
        var expected = (record.Expected ?? []).ToHashSet(StringComparer.Ordinal);
        var found = assessment.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ruleIds)
        {
            var m = perRule[id];
            switch (expected.Contains(id), found.Contains(id))
            {
                case (true, true): m.TruePositives++; break;
                case (false, true): m.FalsePositives++; break;
                case (true, false): m.FalseNegatives++; break;
            }
        }

        if (expected.SetEquals(found))
        {
            exact++;
        }
        else if (showErrors)
        {
            var missed = string.Join(",", expected.Except(found).Order(StringComparer.Ordinal));
            var extra = string.Join(",", found.Except(expected).Order(StringComparer.Ordinal));
            var spans = string.Join(" | ", assessment.Findings.Where(f => !expected.Contains(f.RuleId)).SelectMany(f => f.Spans.Select(s => $"{f.RuleId}:“{s.Text}”")));
            errors.Add($"{record.Id} missed[{missed}] extra[{extra}] kind={assessment.MessageKind} {spans}\n    {record.Text.ReplaceLineEndings(" ")}");
        }
    }

    var micro = new RuleMetrics();
    var microCore = new RuleMetrics();
    foreach (var (id, m) in perRule)
    {
        micro.Add(m);
        if (id[2] is '1' or '2' or '3')
        {
            microCore.Add(m);
        }
    }

    if (asJson)
    {
        report[language] = new
        {
            records = records.Count,
            exactMatch = (double)exact / records.Count,
            microF1 = micro.F1,
            microF1Rq1to3 = microCore.F1,
            rules = perRule.ToDictionary(kv => kv.Key, kv => new { precision = kv.Value.Precision, recall = kv.Value.Recall, f1 = kv.Value.F1, support = kv.Value.Support }),
        };
        continue;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {language}: {records.Count} replies ({file})"));
    Console.WriteLine();
    Console.WriteLine("| rule | name | support | precision | recall | F1 |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|");
    foreach (var rule in RuleCatalog.All)
    {
        var m = perRule[rule.Id];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rule.Id} | {rule.Name} | {m.Support} | {m.Precision:0.00} | {m.Recall:0.00} | {m.F1:0.00} |"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **micro** | all rules | {micro.Support} | {micro.Precision:0.00} | {micro.Recall:0.00} | **{micro.F1:0.00}** |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **micro** | RQ1xx–RQ3xx | {microCore.Support} | {microCore.Precision:0.00} | {microCore.Recall:0.00} | **{microCore.F1:0.00}** |"));
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exact rule set: {exact}/{records.Count} ({100.0 * exact / records.Count:0.0} %). Language {(detect ? "detected" : "given")}: {languageRight}/{records.Count} right."));
    Console.WriteLine();
    foreach (var e in errors)
    {
        Console.WriteLine(e);
    }
}

if (realData is not null)
{
    RealDataReport(realData);
}

if (asJson)
{
    Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
}

return 0;

// How often each rule fires on real agent replies: nearly all are courteous, so error-level findings there are
// false alarms (see shared/realdata/SOURCES.md). Never copies their text anywhere.
void RealDataReport(string dir)
{
    foreach (var name in new[] { "twitter-agent-replies.en.jsonl", "twcs-company-replies.jsonl", "support-tickets-synthetic.es-en.jsonl" })
    {
        var path = Path.Combine(dir, name);
        if (!File.Exists(path))
        {
            continue;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var errorsFlagged = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var lang = root.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            if (lang is not ("en" or "es") || !root.TryGetProperty("text", out var t) || t.GetString() is not { Length: > 0 } text)
            {
                continue;
            }

            var customer = root.TryGetProperty("customerMessage", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var a = analyzer.Analyze(new ReplyDraft(text) { CustomerMessage = customer, Language = lang });
            total++;
            errorsFlagged += a.Findings.Any(f => f.Severity == Severity.Error) ? 1 : 0;
            foreach (var f in a.Findings)
            {
                counts[f.RuleId] = counts.GetValueOrDefault(f.RuleId) + 1;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {name}: {total} real replies; {errorsFlagged} ({100.0 * errorsFlagged / Math.Max(1, total):0.0} %) with an error-level finding"));
        Console.WriteLine(string.Join("  ", counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {100.0 * kv.Value / total:0.0}%"))));
        Console.WriteLine();
    }
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ReplyQuality.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the ReplyQuality repository, or pass --data DIR.");
}
