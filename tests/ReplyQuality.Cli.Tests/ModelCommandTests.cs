using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// <c>reply-lint train</c> (a model file and its thresholds), <c>check --model FILE|none</c> (tool.model names the model
/// in use), <c>reply-lint evaluate</c> on labelled replies (per-rule rows per engine) and on labelled sentences
/// (per-tag rows), and their usage errors (exit code 2, a message that names the file). Training runs on a small
/// sample of the corpus with <c>--folds 0 --iterations 50</c> to stay fast.
/// </summary>
public sealed class ModelCommandTests(TrainedModel trained) : IClassFixture<TrainedModel>
{
    private static string EvalData(string fileName) => Path.Combine(ReplyLint.RepositoryRoot, "tests", "data", "eval", fileName);

    [Fact]
    public void Train_writes_the_model_file_and_json_gives_the_model_name_and_thresholds()
    {
        var run = trained.Run;

        Assert.True(run.ExitCode == 0, run.Because("Training on a valid sample: expected exit code 0."));
        Assert.True(File.Exists(trained.ModelPath) && new FileInfo(trained.ModelPath).Length > 0, run.Because($"Expected a non-empty model file at {trained.ModelPath}."));
        var json = JsonAccess.ParseObject(run.Stdout, "The train --format json output", run.ToString());
        Assert.True(json.Text("model") == TrainedModel.Name, run.Because($"Expected \"model\": \"{TrainedModel.Name}\" (the --name)."));
        if (json["thresholds"] is not JsonObject thresholds || thresholds.Count == 0)
        {
            Assert.Fail(run.Because("Expected a non-empty \"thresholds\" object."));
            return;
        }

        Assert.True(thresholds.ContainsKey("apology"), run.Because("The sample has apology sentences: expected an \"apology\" threshold."));
        foreach (var (tag, _) in thresholds)
        {
            Assert.True(thresholds.Number(tag) is 0.5, run.Because($"With --folds 0 every threshold is 0.5; {tag} is {thresholds[tag].Show()}."));
        }
    }

    [Fact]
    public void Train_is_reproducible_and_text_format_says_where_the_model_was_saved()
    {
        using var workspace = TempWorkspace.Create();
        TrainedModel.WriteSample(workspace);

        var run = workspace.Run("train", "--data", "data", "--out", "again.rqmodel", "--name", TrainedModel.Name, "--folds", "0", "--iterations", "50");

        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
        Assert.True(run.Stdout.Contains($"Saved model '{TrainedModel.Name}'", StringComparison.Ordinal), run.Because("The text format should say which model was saved."));
        Assert.True(run.Stdout.Contains("Thresholds: ", StringComparison.Ordinal), run.Because("The text format should list the thresholds."));
        Assert.True(
            File.ReadAllBytes(workspace.PathOf("again.rqmodel")).AsSpan().SequenceEqual(File.ReadAllBytes(trained.ModelPath)),
            run.Because("Same data, name and seed: expected a byte-identical model file."));
    }

    [Fact]
    public void Check_with_a_model_file_reports_its_name_and_file_name_as_tool_model()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/refund.txt", Replies.CompleteEn + "\n");
        var model = workspace.PathOf("models/" + TrainedModel.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        File.Copy(trained.ModelPath, model);

        var run = workspace.Run("check", "replies", "--format", "json", "--model", "models/" + TrainedModel.FileName);

        Assert.True(run.ExitCode is 0 or 1, run.Because("A valid model file: expected exit code 0 or 1, not a usage error."));
        var report = JsonReport.Parse(run);
        var toolModel = report.Root["tool"].Text("model") ?? string.Empty;
        Assert.True(toolModel.StartsWith(TrainedModel.Name + "@", StringComparison.Ordinal), run.Because($"tool.model should start with \"{TrainedModel.Name}@\"; it is \"{toolModel}\"."));
        Assert.True(toolModel == $"{TrainedModel.Name}@{TrainedModel.FileName}", run.Because($"tool.model should be \"<name>@<file name>\" = \"{TrainedModel.Name}@{TrainedModel.FileName}\"; it is \"{toolModel}\"."));
        Assert.True(report.Result("refund").Integer("score") is >= 0 and <= 100, run.Because("The reply should be analysed with the custom model."));
    }

    [Fact]
    public void Check_with_model_none_reports_none_as_tool_model()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/refund.txt", Replies.CompleteEn + "\n");

        var run = workspace.Run("check", "replies", "--format", "json", "--model", "none");

        Assert.True(run.ExitCode is 0 or 1, run.Because("--model none: expected exit code 0 or 1, not a usage error."));
        var report = JsonReport.Parse(run);
        Assert.True(report.Root["tool"].Text("model") == "none", run.Because("--model none: expected tool.model == \"none\"."));
        Assert.True(report.Result("refund").Integer("score") is >= 0 and <= 100, run.Because("The reply should still be analysed by the rules."));
    }

    [Fact]
    public void Evaluate_all_engines_as_json_gives_a_micro_rq1_3_row_per_engine()
    {
        using var workspace = TempWorkspace.Create();
        var data = EvalData("test.en.jsonl");

        var run = workspace.Run("evaluate", "--data", data, "--engine", "all", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
        var json = JsonAccess.ParseObject(run.Stdout, "The evaluate --format json output", run.ToString());
        var replies = File.ReadLines(data).Count(l => l.Trim().Length > 0);
        Assert.True(json.Integer("replies") == replies, run.Because($"Expected \"replies\": {replies} (the records in {data})."));
        foreach (var engine in new[] { "rules", "model", "combined" })
        {
            var rows = json.At("engines." + engine).Objects();
            Assert.True(rows.Count > 0, run.Because($"Expected rows for engine \"{engine}\" under \"engines\"."));
            var micro = rows.Find(r => r.Text("name") == "micro-rq1-3" && r.Text("language") == "en");
            Assert.True(micro is not null, run.Because($"Engine \"{engine}\" should have a micro-rq1-3 row for en."));
            Assert.True(micro.Number("f1") is >= 0.0 and <= 1.0, run.Because($"Engine \"{engine}\": f1 should be between 0 and 1: {micro.Show()}"));
            Assert.True(micro.Integer("support") is > 0, run.Because($"Engine \"{engine}\": the test set expects RQ1xx-RQ3xx findings: {micro.Show()}"));
        }
    }

    [Fact]
    public void Evaluate_all_engines_as_text_prints_a_markdown_table_with_an_f1_column_per_engine()
    {
        using var workspace = TempWorkspace.Create();

        var run = workspace.Run("evaluate", "--data", EvalData("test.en.jsonl"), "--engine", "all");

        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
        var lines = run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.Find(l => l.StartsWith("| rule |", StringComparison.Ordinal));
        Assert.True(header is not null, run.Because("Expected a markdown table header starting \"| rule |\"."));
        foreach (var column in new[] { "F1 rules", "F1 model", "F1 combined" })
        {
            Assert.True(header.Contains(column, StringComparison.Ordinal), run.Because($"The table header should have a \"{column}\" column: {header}"));
        }

        Assert.True(lines.Exists(l => l.StartsWith("|---|", StringComparison.Ordinal)), run.Because("Expected the markdown separator row after the header."));
        Assert.True(lines.Exists(l => l.StartsWith("| RQ201 |", StringComparison.Ordinal)), run.Because("Expected a row per rule, such as \"| RQ201 |\"."));
        Assert.True(lines.Exists(l => l.StartsWith("| micro-rq1-3 |", StringComparison.Ordinal)), run.Because("Expected the \"| micro-rq1-3 |\" summary row."));
    }

    [Fact]
    public void Evaluate_on_sentences_prints_a_row_per_tag()
    {
        using var workspace = TempWorkspace.Create();

        var run = workspace.Run("evaluate", "--data", EvalData("sentences.es.jsonl"));

        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
        Assert.True(run.Stdout.Contains("## es:", StringComparison.Ordinal), run.Because("Expected a table headed \"## es: …\" for the Spanish sentences."));
        Assert.True(run.Stdout.Contains("| tag |", StringComparison.Ordinal), run.Because("Expected a per-tag table (\"| tag |\" header), not a per-rule one."));
        foreach (var tag in new[] { "apology", "blames-third-party", "micro" })
        {
            Assert.True(run.Stdout.Contains($"| {tag} |", StringComparison.Ordinal), run.Because($"Expected a \"| {tag} |\" row."));
        }
    }

    [Fact]
    public void Evaluate_on_sentences_with_a_model_file_measures_that_model()
    {
        using var workspace = TempWorkspace.Create();

        var run = workspace.Run("evaluate", "--data", EvalData("sentences.es.jsonl"), "--model", trained.ModelPath, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
        var json = JsonAccess.ParseObject(run.Stdout, "The evaluate --format json output", run.ToString());
        Assert.True(json.Text("model") == TrainedModel.Name, run.Because($"Expected \"model\": \"{TrainedModel.Name}\" (the --model file's model)."));
        var apology = json["tags"].Objects().Find(r => r.Text("name") == "apology" && r.Text("language") == "es");
        Assert.True(apology is not null, run.Because("Expected an apology row for es under \"tags\"."));
        Assert.True(apology.Number("f1") is >= 0.0 and <= 1.0 && apology.Integer("support") is > 0, run.Because($"Expected support > 0 and f1 in 0..1: {apology.Show()}"));
    }

    [Fact]
    public void Check_with_a_corrupt_model_file_exits_2_and_names_the_file()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/refund.txt", Replies.CompleteEn + "\n");
        File.WriteAllBytes(workspace.PathOf("corrupt.bin"), [.. Enumerable.Range(0, 256).Select(i => (byte)((i * 37) + 11))]);

        var run = workspace.Run("check", "replies", "--format", "json", "--model", "corrupt.bin");

        AssertUsageError(run, "corrupt.bin");
        Assert.True(string.IsNullOrWhiteSpace(run.Stdout), run.Because("No report should be written when the model cannot be loaded."));
    }

    [Fact]
    public void Train_on_missing_data_exits_2_with_a_clear_message_and_writes_nothing()
    {
        using var workspace = TempWorkspace.Create();

        var run = workspace.Run("train", "--data", "missing.jsonl", "--out", "x");

        AssertUsageError(run, "missing.jsonl");
        Assert.False(File.Exists(workspace.PathOf("x")), run.Because("No model file should be written."));
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public void A_data_file_with_a_bad_line_exits_2_naming_the_file_and_line(string command)
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("data/bad.jsonl", string.Join("\n",
            "{\"id\": \"ok-1\", \"language\": \"en\", \"kind\": \"reply\", \"text\": \"We are very sorry for the delay.\", \"labels\": [\"apology\"]}",
            "{\"id\": \"ok-2\", \"language\": \"en\", \"kind\": \"reply\", \"text\": \"Your parcel will arrive tomorrow.\", \"labels\": [\"timeline\"]}",
            "{\"text\": 1}") + "\n");

        var run = command == "train"
            ? workspace.Run("train", "--data", "data/bad.jsonl", "--out", "bad.rqmodel", "--folds", "0", "--iterations", "50")
            : workspace.Run("evaluate", "--data", "data/bad.jsonl");

        AssertUsageError(run, "bad.jsonl:3");
        Assert.False(File.Exists(workspace.PathOf("bad.rqmodel")), run.Because("No model file should be written."));
    }

    [Theory]
    [InlineData("no-such-folder/model.rqmodel")]
    [InlineData("data")]
    public void Train_to_an_output_that_cannot_be_written_exits_2_and_names_it(string output)
    {
        using var workspace = TempWorkspace.Create();
        TrainedModel.WriteSample(workspace);

        var run = workspace.Run("train", "--data", "data", "--out", output, "--folds", "0", "--iterations", "50");

        AssertUsageError(run, output);
        Assert.False(File.Exists(workspace.PathOf(output + ".tmp")), run.Because("No temporary file should be left behind."));
    }

    private static void AssertUsageError(RunResult run, string named)
    {
        Assert.True(run.ExitCode == 2, run.Because("A usage error: expected exit code 2."));
        Assert.True(run.Stderr.Contains(named, StringComparison.Ordinal), run.Because($"The message on standard error should name \"{named}\"."));
        Assert.True(run.Stderr.TrimStart().StartsWith("reply-lint:", StringComparison.Ordinal), run.Because("Expected a \"reply-lint: …\" message on standard error."));
        Assert.False(run.Stderr.Contains("Unhandled exception", StringComparison.Ordinal) || run.Stderr.Contains("   at ", StringComparison.Ordinal), run.Because("A usage error should be a message, not a stack trace."));
    }
}

/// <summary>
/// One <c>reply-lint train --data data --out acme-test.rqmodel --name acme-test --folds 0 --iterations 50 --format json</c>
/// run on a small sample of the corpus (the first 300 lines of en/part-a.jsonl and es/part-a.jsonl), shared by the
/// tests that use its model.
/// </summary>
public sealed class TrainedModel : IDisposable
{
    /// <summary>The model's name (--name).</summary>
    public const string Name = "acme-test";

    /// <summary>The model file's name (--out).</summary>
    public const string FileName = "acme-test.rqmodel";

    private const int SampleLines = 300;

    public TrainedModel()
    {
        Workspace = TempWorkspace.Create();
        WriteSample(Workspace);
        Run = Workspace.Run("train", "--data", "data", "--out", FileName, "--name", Name, "--folds", "0", "--iterations", "50", "--format", "json");
        ModelPath = Workspace.PathOf(FileName);
    }

    internal TempWorkspace Workspace { get; }

    internal RunResult Run { get; }

    /// <summary>The full path of the trained model.</summary>
    internal string ModelPath { get; }

    /// <summary>Writes the training sample to <c>data/en.jsonl</c> and <c>data/es.jsonl</c> in <paramref name="workspace"/>.</summary>
    internal static void WriteSample(TempWorkspace workspace)
    {
        foreach (var language in new[] { "en", "es" })
        {
            var corpus = Path.Combine(ReplyLint.RepositoryRoot, "src", "ReplyQuality.Training", "Corpus", language, "part-a.jsonl");
            var sample = File.ReadLines(corpus).Take(SampleLines);
            workspace.Write($"data/{language}.jsonl", string.Join("\n", sample) + "\n");
        }
    }

    public void Dispose()
    {
        Workspace.Dispose();
        GC.SuppressFinalize(this);
    }
}
