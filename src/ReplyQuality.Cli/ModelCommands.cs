using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReplyQuality.Cli.Reports;
using ReplyQuality.Training;

namespace ReplyQuality.Cli;

/// <summary><c>reply-lint train</c> and <c>reply-lint evaluate</c>: custom models and their metrics.</summary>
internal static class ModelCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>What <c>tool.model</c> reports for the options in use.</summary>
    public static string Describe(ReplyQualityOptions options) =>
        !options.UseModel ? "none"
        : options.ModelPath is { } path ? $"{ReplyModel.Load(path).Name}@{Path.GetFileName(path)}"
        : ResultJson.DefaultModel;

    /// <summary><c>reply-lint train</c>.</summary>
    public static Command Train()
    {
        var data = new Option<string[]>("--data", "-d") { Description = "Labelled sentences and customer messages (JSONL in the corpus format; a file or folder; repeatable).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the model.", Required = true };
        var name = new Option<string?>("--name") { Description = "The model's name (default: the output file's name)." };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds that choose each tag's threshold (0: none, thresholds 0.5).", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same data and seed: identical model).", DefaultValueFactory = _ => new ReplyModelTrainerOptions().Seed };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of each classifier.", DefaultValueFactory = _ => new ReplyModelTrainerOptions().L2Regularization };
        var iterations = new Option<int>("--iterations") { Description = "Most passes over the data per classifier.", DefaultValueFactory = _ => new ReplyModelTrainerOptions().MaximumIterations };
        var exclude = new Option<string?>("--exclude") { Description = "Leave out data files whose name contains this text." };
        var tuneOn = new Option<string[]>("--tune-on") { Description = "Labelled whole replies (JSONL with 'expected'; repeatable) on which to choose each tag's threshold for the full engine; never your final test set.", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format", "-f") { Description = "Metrics as a text table or JSON.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("train", "Train a custom model from labelled sentences (ML.NET, reproducible) and save it.") { data, output, name, folds, seed, l2, iterations, exclude, tuneOn, format };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output)!;
            // Before training, which can take minutes: a model that cannot be saved is a usage error, not a crash.
            if (Directory.Exists(outPath) || (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } outFolder && !Directory.Exists(outFolder)))
            {
                throw new UsageException($"cannot write the model to {outPath}: {(Directory.Exists(outPath) ? "it is a folder" : "its folder does not exist")}");
            }

            var options = new ReplyModelTrainerOptions
            {
                Name = parse.GetValue(name) ?? Path.GetFileNameWithoutExtension(outPath),
                CrossValidationFolds = parse.GetValue(folds),
                Seed = parse.GetValue(seed),
                L2Regularization = parse.GetValue(l2),
                MaximumIterations = parse.GetValue(iterations),
            };
            var examples = Read(() => parse.GetValue(data)!.SelectMany(p => LabelledText.ReadJsonl(p, parse.GetValue(exclude))).ToList());
            ReplyModelTrainer trainer;
            try
            {
                trainer = new ReplyModelTrainer(options);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(WithoutParameterName(e));
            }

            // Read the tuning replies first: a bad file fails before a long training run, not after it.
            var tuneReplies = parse.GetValue(tuneOn) is { Length: > 0 } tunePaths
                ? Read(() => tunePaths.SelectMany(LabelledReply.ReadJsonl).ToList())
                : null;
            Console.Error.WriteLine($"Training on {examples.Count(e => e.Kind == LabelledTextKind.ReplySentence)} sentences and {examples.Count(e => e.Kind == LabelledTextKind.CustomerMessage)} customer messages…");
            TrainedReplyModel trained;
            try
            {
                trained = trainer.Train(examples);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(WithoutParameterName(e));
            }

            var model = trained.Model;
            if (tuneReplies is { } replies)
            {
                Console.Error.WriteLine($"Choosing thresholds on {replies.Count} labelled replies…");
                model = ModelEvaluator.TuneThresholds(model, replies);
            }

            try
            {
                model.Save(outPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the model to {outPath}: {e.Message}");
            }

            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { model = model.Name, file = outPath, thresholds = model.Thresholds, crossValidation = Rows(trained.CrossValidation) }, Json));
            }
            else
            {
                if (trained.CrossValidation.Count > 0)
                {
                    WriteTables(Console.Out, $"{options.CrossValidationFolds}-fold cross-validation", trained.CrossValidation);
                }

                Console.Out.WriteLine("Thresholds: " + string.Join(", ", model.Thresholds.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:0.00}"))));
                Console.Out.WriteLine($"Saved model '{model.Name}' ({new FileInfo(outPath).Length / 1024} KB) to {outPath}.");
            }

            return ReplyLint.Passed;
        });
        return command;
    }

    /// <summary><c>reply-lint evaluate</c>.</summary>
    public static Command Evaluate()
    {
        var data = new Option<string>("--data", "-d") { Description = "Labelled data: whole replies (JSONL with 'expected': per-rule metrics) or sentences (corpus JSONL: per-tag metrics).", Required = true };
        var model = new Option<string?>("--model", "-m") { Description = "A model file from 'reply-lint train' (default: the embedded model)." };
        var engine = new Option<string>("--engine") { Description = "For replies: combined (default), rules, model, or all three side by side.", DefaultValueFactory = _ => "combined" };
        engine.AcceptOnlyFromAmong("combined", "rules", "model", "all");
        var format = new Option<string>("--format", "-f") { Description = "A text table or JSON.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("evaluate", "Measure precision, recall and F1 per rule (or per tag) and language on labelled data.") { data, model, engine, format };
        command.SetAction(parse =>
        {
            var dataPath = parse.GetValue(data)!;
            var replyModel = parse.GetValue(model) is { } modelPath ? Read(() => ReplyModel.Load(modelPath)) : ReplyModel.Default;
            var asJson = parse.GetValue(format) == "json";
            if (!IsReplyData(dataPath))
            {
                var rows = ModelEvaluator.EvaluateSentences(replyModel, Read(() => LabelledText.ReadJsonl(dataPath).ToList()));
                if (asJson)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { model = replyModel.Name, tags = Rows(rows) }, Json));
                }
                else
                {
                    WriteTables(Console.Out, $"model '{replyModel.Name}' on {dataPath}", rows);
                }

                return ReplyLint.Passed;
            }

            var replies = Read(() => LabelledReply.ReadJsonl(dataPath).ToList());
            var engines = parse.GetValue(engine) switch
            {
                "rules" => new[] { EvaluationEngine.RulesOnly },
                "model" => [EvaluationEngine.ModelOnly],
                "all" => [EvaluationEngine.RulesOnly, EvaluationEngine.ModelOnly, EvaluationEngine.Combined],
                _ => [EvaluationEngine.Combined],
            };
            var options = new ReplyQualityOptions { Model = replyModel };
            var results = engines.Select(e => (Engine: e, Evaluation: ModelEvaluator.EvaluateReplies(ModelEvaluator.CreateAnalyzer(e, options), replies))).ToList();
            if (asJson)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    model = replyModel.Name,
                    replies = replies.Count,
                    engines = results.ToDictionary(r => EngineName(r.Engine), r => Rows(r.Evaluation.Rules)),
                }, Json));
            }
            else
            {
                WriteRuleTables(Console.Out, replies.Count, results);
            }

            return ReplyLint.Passed;
        });
        return command;
    }

    // "…examples. (Parameter 'examples')" reads oddly on a command line.
    private static string WithoutParameterName(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);

    private static string EngineName(EvaluationEngine engine) => engine switch
    {
        EvaluationEngine.RulesOnly => "rules",
        EvaluationEngine.ModelOnly => "model",
        _ => "combined",
    };

    // Reply data has "expected" on its first record.
    private static bool IsReplyData(string path)
    {
        var file = File.Exists(path) ? path
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : throw new UsageException($"no such file or folder: {path}");
        var first = file is null ? null : File.ReadLines(file).FirstOrDefault(l => l.Trim().Length > 0);
        if (first is null)
        {
            throw new UsageException($"{path}: no labelled data");
        }

        try
        {
            using var document = JsonDocument.Parse(first);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("expected", out _);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{file}:1: {e.Message}");
        }
    }

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new UsageException(e.Message);
        }
    }

    private static IEnumerable<object> Rows(IEnumerable<ClassificationMetrics> rows) => rows.Select(r => new
    {
        name = r.Name,
        language = r.Language,
        support = r.Support,
        truePositives = r.TruePositives,
        falsePositives = r.FalsePositives,
        falseNegatives = r.FalseNegatives,
        precision = Math.Round(r.Precision, 4),
        recall = Math.Round(r.Recall, 4),
        f1 = Math.Round(r.F1, 4),
    });

    private static void WriteTables(TextWriter output, string title, IReadOnlyList<ClassificationMetrics> rows)
    {
        foreach (var language in rows.Select(r => r.Language).Distinct())
        {
            output.WriteLine($"## {language ?? "all"}: {title}");
            output.WriteLine();
            output.WriteLine("| tag | support | precision | recall | F1 |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var r in rows.Where(r => r.Language == language))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Support} | {r.Precision:0.00} | {r.Recall:0.00} | {r.F1:0.00} |"));
            }

            output.WriteLine();
        }
    }

    private static void WriteRuleTables(TextWriter output, int count, List<(EvaluationEngine Engine, ReplyEvaluation Evaluation)> results)
    {
        var main = results[^1].Evaluation.Rules;
        foreach (var language in main.Select(r => r.Language).Distinct())
        {
            output.WriteLine($"## {language}: {results[^1].Evaluation.Outcomes.Count(o => o.Assessment.Language == language)} of {count} replies");
            output.WriteLine();
            var engines = string.Join(" | ", results.Select(r => $"F1 {EngineName(r.Engine)}"));
            output.WriteLine($"| rule | support | precision | recall | {engines} |");
            output.WriteLine($"|---|---:|---:|---:|{string.Concat(results.Select(_ => "---:|"))}");
            foreach (var row in main.Where(r => r.Language == language))
            {
                var f1s = string.Join(" | ", results.Select(r => r.Evaluation.Rules.FirstOrDefault(x => x.Language == language && x.Name == row.Name)?.F1.ToString("0.00", CultureInfo.InvariantCulture) ?? "–"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Name} | {row.Support} | {row.Precision:0.00} | {row.Recall:0.00} | {f1s} |"));
            }

            var outcomes = results[^1].Evaluation.Outcomes.Where(o => o.Assessment.Language == language).ToList();
            output.WriteLine();
            output.WriteLine($"Exact rule set ({EngineName(results[^1].Engine)}): {outcomes.Count(o => o.IsExact)}/{outcomes.Count}.");
            output.WriteLine();
        }
    }
}
