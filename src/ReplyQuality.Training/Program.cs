using System.Globalization;
using ReplyQuality.Training;

// Trains the sentence model on the corpus beside this project and reports, per language and per tag, precision,
// recall and F1 on the held-out sentence sets (tests/data/eval/sentences.<lang>.jsonl), never used for training.
//   dotnet run -c Release --project src/ReplyQuality.Training [-- --corpus DIR] [--threshold 0.5] [--cv] [--mlnet-features] [--export FILE] [--skip NAME]
var arguments = args.ToList();
string? Option(string name)
{
    var i = arguments.IndexOf(name);
    return i >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
}

var root = FindRepositoryRoot();
var corpusDir = Option("--corpus") ?? Path.Combine(root, "src", "ReplyQuality.Training", "Corpus");
var threshold = float.Parse(Option("--threshold") ?? "0.5", CultureInfo.InvariantCulture);
var thresholds = CorpusSentence.ReplyTags.ToDictionary(t => t, _ => threshold, StringComparer.Ordinal);
var skip = Option("--skip"); // leave out corpus files whose name contains this (e.g. a part under review)
var corpus = CorpusSentence.Load(corpusDir, skip).Where(s => s.Kind == "reply").ToList();
Console.WriteLine($"Corpus: {corpus.Count} reply sentences ({string.Join(", ", corpus.GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}).");
var started = System.Diagnostics.Stopwatch.StartNew();
var hashed = !arguments.Contains("--mlnet-features");
Func<IReadOnlyList<CorpusSentence>, Func<IReadOnlyList<string>, List<Dictionary<string, float>>>> train = hashed
    ? sentences => HashedSentenceModel.Train(sentences, CorpusSentence.ReplyTags).Score
    : sentences => FeaturizeTextModel.Train(sentences, CorpusSentence.ReplyTags).Score;
var model = train(corpus);
Console.WriteLine($"Trained {CorpusSentence.ReplyTags.Length} tag classifiers on {(hashed ? "hashed n-gram features (the library's)" : "ML.NET FeaturizeText")} in {started.Elapsed.TotalSeconds:0.0} s.");

if (arguments.Contains("--cv"))
{
    // 5-fold cross-validation over the corpus itself (a development check; the held-out sets are the real measure).
    var random = new Random(20261126);
    var shuffled = corpus.OrderBy(_ => random.Next()).ToList();
    var predictions = new Dictionary<string, float>[shuffled.Count];
    for (var fold = 0; fold < 5; fold++)
    {
        var trainSet = shuffled.Where((_, i) => i % 5 != fold).ToList();
        var test = shuffled.Select((s, i) => (s, i)).Where(x => x.i % 5 == fold).ToList();
        var foldScores = train(trainSet)([.. test.Select(x => x.s.Text)]);
        for (var j = 0; j < test.Count; j++)
        {
            predictions[test[j].i] = foldScores[j];
        }
    }

    // A threshold per tag, chosen on the cross-validated predictions (never on the held-out sets).
    foreach (var tag in CorpusSentence.ReplyTags)
    {
        var best = (F1: -1.0, Threshold: 0.5f);
        for (var t = 0.05f; t < 0.96f; t += 0.05f)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < shuffled.Count; i++)
            {
                var predicted = predictions[i].TryGetValue(tag, out var p) && p >= t;
                var expected = shuffled[i].Labels.Contains(tag);
                tp += predicted && expected ? 1 : 0;
                fp += predicted && !expected ? 1 : 0;
                fn += !predicted && expected ? 1 : 0;
            }

            var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > best.F1)
            {
                best = (f1, t);
            }
        }

        thresholds[tag] = best.Threshold;
    }

    Console.WriteLine("Thresholds chosen by cross-validation: " + string.Join(", ", thresholds.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:0.00}"))));
    foreach (var language in new[] { "en", "es" })
    {
        var indices = Enumerable.Range(0, shuffled.Count).Where(i => shuffled[i].Language == language).ToList();
        Report($"{language}: 5-fold cross-validation over {indices.Count} corpus sentences", [.. indices.Select(i => shuffled[i])], [.. indices.Select(i => predictions[i])], thresholds);
    }
}

if (Option("--export") is { } exportPath)
{
    // The shipped form: full-corpus weights with the cross-validated thresholds (run with --cv to choose them).
    var full = HashedSentenceModel.Train(corpus, CorpusSentence.ReplyTags);
    var classifiers = full.Tags.Values.Select(c => c with { Threshold = thresholds[c.Name] }).ToList();
    using (var stream = File.Create(exportPath))
    {
        ReplyQuality.Model.SentenceModel.Write(stream, classifiers);
    }

    Console.WriteLine($"Exported {classifiers.Count} tags, {classifiers.Sum(c => c.Indices.Length)} weights, {new FileInfo(exportPath).Length / 1024} KB to {exportPath}.");

    // Read it back the way the library does and check it scores as the trained model.
    using var check = File.OpenRead(exportPath);
    var shipped = ReplyQuality.Model.SentenceModel.Read(check, exportPath);
    var worst = 0f;
    foreach (var sentence in corpus.Take(500))
    {
        var vector = ReplyQuality.Model.SentenceFeatures.Featurize(sentence.Text);
        var probabilities = shipped.Score(vector);
        for (var t = 0; t < shipped.Tags.Count; t++)
        {
            worst = Math.Max(worst, Math.Abs(probabilities[t] - full.Tags[shipped.Tags[t].Name].Probability(vector)));
        }
    }

    Console.WriteLine($"Read back: largest probability difference from the trained model {worst:0.000000}.");
}

foreach (var language in new[] { "en", "es" })
{
    var heldOutFile = Path.Combine(root, "tests", "data", "eval", $"sentences.{language}.jsonl");
    if (!File.Exists(heldOutFile))
    {
        Console.WriteLine($"\n## {language}: no held-out sentences ({heldOutFile})");
        continue;
    }

    var heldOut = CorpusSentence.Load(heldOutFile).Where(s => s.Kind == "reply").ToList();
    Report($"{language}: {heldOut.Count} held-out sentences", heldOut, model([.. heldOut.Select(s => s.Text)]), thresholds);
}

static void Report(string title, IReadOnlyList<CorpusSentence> sentences, IReadOnlyList<Dictionary<string, float>> scores, Dictionary<string, float> thresholds)
{
    Console.WriteLine($"\n## {title}\n");
    Console.WriteLine("| tag | support | precision | recall | F1 |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    int allTp = 0, allFp = 0, allFn = 0;
    foreach (var tag in CorpusSentence.ReplyTags)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var predicted = scores[i].TryGetValue(tag, out var p) && p >= thresholds[tag];
            var expected = sentences[i].Labels.Contains(tag);
            tp += predicted && expected ? 1 : 0;
            fp += predicted && !expected ? 1 : 0;
            fn += !predicted && expected ? 1 : 0;
        }

        allTp += tp;
        allFp += fp;
        allFn += fn;
        Console.WriteLine(Row(tag, tp, fp, fn));
    }

    Console.WriteLine(Row("**micro**", allTp, allFp, allFn));
}

static string Row(string name, int tp, int fp, int fn)
{
    var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
    var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
    var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return string.Create(CultureInfo.InvariantCulture, $"| {name} | {tp + fn} | {precision:0.00} | {recall:0.00} | {f1:0.00} |");
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ReplyQuality.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the ReplyQuality repository.");
}
