using System.Text;
using System.Text.Json;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Bad input never stops a run: an unreadable file, invalid UTF-8, a binary file, a malformed JSON, CSV or YAML file
/// or record, a CSV without a text column, a record without text, a record over the size limit → a result with an
/// error field and no score, counted in readErrors, and the rest is analysed. Records in == results out. A symbolic
/// link loop is not followed. Per-record read errors do not change the exit code by themselves.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_csv_without_a_text_column_gives_error_results_and_does_not_fail_the_run()
    {
        using var workspace = TempWorkspace.WithFixture("nocolumn");

        var run = workspace.Run("check", "nocolumn", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count > 0, run.Because("A file that cannot be read still gets a result."));
        foreach (var result in report.Results)
        {
            Assert.True(result.IsReadError() && result.HasNoScore(), run.Because($"Expected an error field and no score: {result.Show()}"));
        }

        Assert.True(report.Summary.Integer("readErrors") == report.Results.Count, run.Because("summary.readErrors should count them."));
        Assert.True(report.Summary.Integer("records") == report.Results.Count, run.Because("summary.records should count them."));
        Assert.True(run.ExitCode == 0, run.Because("Read errors alone do not change the exit code: expected 0."));
    }

    [Fact]
    public void Unreadable_records_get_error_results_in_place_and_the_others_are_analysed()
    {
        using var workspace = TempWorkspace.Create();
        var tooLong = string.Concat(Enumerable.Repeat("Gracias por su paciencia. ", 40_000));
        var lines = new[]
        {
            Replies.Record("complete-en", "en", Replies.CompleteEn),
            "{\"id\": \"no-text\", \"language\": \"en\", \"customerMessage\": \"Where is my refund?\"}",
            "{\"id\": \"too-long\", \"language\": \"es\", \"text\": " + JsonSerializer.Serialize(tooLong) + "}",
            "{\"id\": \"cut-short\", \"language\": \"en\", \"text\": \"We are sorry",
            Replies.Record("complete-es", "es", Replies.CompleteEs),
        };
        workspace.Write("replies/records.jsonl", string.Join("\n", lines) + "\n");

        var run = workspace.Run("check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 5, run.Because("5 records in, expected 5 results out."));
        foreach (var line in new[] { 2, 3, 4 })
        {
            var result = report.Results.Find(r => r.Integer("line") == line);
            Assert.True(result is not null && result.IsReadError() && result.HasNoScore(), run.Because($"Line {line} cannot be analysed: expected a result with an error field and no score at line {line}."));
        }

        foreach (var id in new[] { "complete-en", "complete-es" })
        {
            Assert.True(report.Result(id).Integer("score") is not null, run.Because($"{id} is readable and should be analysed."));
        }

        Assert.True(report.Summary.Integer("readErrors") == 3, run.Because("summary.readErrors should be 3 (no text, too long, malformed)."));
        Assert.True(report.Summary.Integer("records") == 5, run.Because("summary.records should be 5, errors included."));
        Assert.True(run.ExitCode == 0, run.Because("The readable replies are complete and read errors alone do not change the exit code: expected 0."));
    }

    [Fact]
    public void Json_and_yaml_files_may_hold_their_records_under_replies()
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/wrapped.json", "{\"replies\": [" + Replies.Record("wrapped-json", "en", Replies.FaqEn) + "]}\n");
        workspace.Write("replies/wrapped.yaml", "replies:\n  - id: wrapped-yaml\n    language: en\n    text: \"" + Replies.FaqEn + "\"\n");

        var run = workspace.Run("check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Result("wrapped-json").RuleIds().Contains("RQ203"), run.Because("An object with a replies array is read like an array."));
        Assert.True(report.Result("wrapped-yaml").RuleIds().Contains("RQ203"), run.Because("A mapping with a replies sequence is read like a sequence."));
    }

    /// <summary>One bad file per case: where it goes and its bytes.</summary>
    private static readonly Dictionary<string, (string Path, byte[] Content)> BadFiles = new()
    {
        ["a .txt reply saved as Windows-1252 (invalid UTF-8)"] =
            ("replies/windows-1252.txt", Encoding.Latin1.GetBytes("Sentimos mucho el retraso. Le enviamos mañana un pedido nuevo, sin coste, y le devolvemos el envío.")),
        ["a .md reply saved as Latin-1 (invalid UTF-8)"] =
            ("replies/devolucion.md", Encoding.Latin1.GetBytes("# Devolución\n\nLamentamos las molestias: el reembolso llegará en cinco días hábiles.\n")),
        ["random bytes with NULs named .txt"] =
            ("replies/upload.txt", RandomBytes(4096, seed: 7)),
        ["a .md saved as UTF-16 without a byte order mark (NULs)"] =
            ("replies/utf16.md", Encoding.Unicode.GetBytes(Replies.CompleteEn)),
        ["a .json array cut short"] =
            ("replies/macros.json", Encoding.UTF8.GetBytes("[\n  {\"id\": \"json-1\", \"text\": \"Sorry for the wait.\"},\n  {\"id\": \"json-2\", \"text\": \"We will refund you\n")),
        ["a .yaml file with an unterminated quoted string"] =
            ("replies/macros.yaml", Encoding.UTF8.GetBytes("- id: yaml-1\n  text: \"Sorry for the wait.\n- id: yaml-2\n  text: [unclosed\n")),
        ["a .yaml file nested 100 000 levels deep"] =
            ("replies/deep.yaml", Encoding.UTF8.GetBytes("- id: deep\n  text: " + new string('[', 100_000) + new string(']', 100_000) + "\n")),
        ["a .txt reply of 400 000 characters (over the size limit)"] =
            ("replies/pasted-log.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Gracias por su paciencia. ", 400_000 / 26)))),
    };

    [Theory]
    [InlineData("a .txt reply saved as Windows-1252 (invalid UTF-8)")]
    [InlineData("a .md reply saved as Latin-1 (invalid UTF-8)")]
    [InlineData("random bytes with NULs named .txt")]
    [InlineData("a .md saved as UTF-16 without a byte order mark (NULs)")]
    [InlineData("a .json array cut short")]
    [InlineData("a .yaml file with an unterminated quoted string")]
    [InlineData("a .yaml file nested 100 000 levels deep")]
    [InlineData("a .txt reply of 400 000 characters (over the size limit)")]
    public void A_bad_file_gets_one_error_result_and_the_files_beside_it_are_analysed(string fault)
    {
        using var workspace = WorkspaceWithGoodReplies();
        var (path, content) = BadFiles[fault];
        workspace.WriteBytes(path, content);
        var name = Path.GetFileName(path);

        var run = workspace.Run("check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        var bad = report.ResultsFor(name);
        Assert.True(bad.Count == 1 && bad[0].IsReadError() && bad[0].HasNoScore(), run.Because($"{fault}: expected one result for {name}, with an error field and no score."));
        AssertGoodRepliesAnalysed(report, badRecords: 1);
    }

    [NoReadPermissionFact]
    public void Files_without_read_permission_get_error_results_and_the_files_beside_them_are_analysed()
    {
        using var workspace = WorkspaceWithGoodReplies();
        var locked = new[]
        {
            workspace.Write("replies/secret.txt", Replies.CompleteEs2),
            workspace.Write("replies/secret.jsonl", Replies.Record("secret-1", "en", Replies.CompleteEn2) + "\n" + Replies.Record("secret-2", "en", Replies.FaqEn) + "\n"),
        };
        foreach (var file in locked)
        {
            if (!OperatingSystem.IsWindows())
            {
                NoReadPermission.Remove(file);
            }
        }

        var run = workspace.RunVia(NoReadPermission.Launcher, "check", "replies", "--format", "json");

        var report = JsonReport.Parse(run);
        foreach (var name in new[] { "secret.txt", "secret.jsonl" })
        {
            var results = report.ResultsFor(name);
            Assert.True(results.Count == 1 && results[0].IsReadError() && results[0].HasNoScore(), run.Because($"{name} cannot be opened (chmod 000): expected one result with an error field and no score."));
        }

        AssertGoodRepliesAnalysed(report, badRecords: 2);
    }

    [Theory]
    [InlineData("records.jsonl", "a line that is not valid UTF-8")]
    [InlineData("records.jsonl", "a text escaping a lone surrogate")]
    [InlineData("records.csv", "a row with an unbalanced quote")]
    [InlineData("records.yaml", "an item that is not a mapping")]
    [InlineData("records.yaml", "a record whose text is a list")]
    [InlineData("records.json", "an element that is not an object")]
    [InlineData("records.json", "a text escaping a lone surrogate")]
    public void A_bad_record_gets_an_error_result_in_its_place_and_the_record_after_it_is_analysed(string file, string fault)
    {
        using var workspace = TempWorkspace.Create();
        var (content, badLine) = BetweenTwoGoodRecords(file, fault);
        workspace.WriteBytes(file, content);

        var run = workspace.Run("check", file, "--format", "json");

        var report = JsonReport.Parse(run);
        Assert.True(report.Results.Count == 3, run.Because($"{file} with {fault} between two good records: 3 records in, expected 3 results out."));
        var (first, bad, third) = (report.Results[0], report.Results[1], report.Results[2]);
        Assert.True(first.Text("id") == "first" && first.Integer("score") is not null, run.Because($"The record before the bad one is analysed: {first.Show()}"));
        Assert.True(bad.IsReadError() && bad.HasNoScore(), run.Because($"{fault}: expected an error field and no score: {bad.Show()}"));
        Assert.True(bad.Integer("line") == badLine, run.Because($"The error result is located at the bad record, line {badLine}: {bad.Show()}"));
        Assert.True(third.Text("id") == "third" && third.Integer("score") is not null, run.Because($"The record after the bad one is read and analysed: {third.Show()}"));
        Assert.True(report.Summary.Integer("readErrors") == 1 && report.Summary.Integer("records") == 3, run.Because("Expected summary.records 3 and summary.readErrors 1."));
        Assert.True(run.ExitCode == 0, run.Because("The good replies are complete and read errors alone do not change the exit code: expected 0."));
    }

    [UnixTheory]
    [InlineData("replies")]
    [InlineData("replies/**/*.txt")]
    public void A_symbolic_link_loop_is_not_followed_and_every_reply_is_read_once(string input)
    {
        using var workspace = TempWorkspace.Create();
        workspace.Write("replies/greeting.txt", Replies.CompleteEn);
        workspace.Write("replies/es/retraso.txt", Replies.CompleteEs);
        Directory.CreateSymbolicLink(workspace.PathOf("replies/es/loop"), ".."); // replies/es/loop → replies

        var run = workspace.Run("check", input, "--format", "json");

        var report = JsonReport.Parse(run);
        var files = report.Results.Select(r => r.Text("file")).ToList();
        Assert.True(
            files.Count == 2 && files.Contains("replies/greeting.txt") && files.Contains("replies/es/retraso.txt"),
            run.Because($"replies/es/loop links back to replies: expected each of the 2 replies once, not through the loop; got {string.Join(", ", files)}."));
        Assert.True(report.Results.TrueForAll(r => r.Integer("score") is not null), run.Because("Both replies are readable and analysed."));
        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
    }

    /// <summary>A workspace with replies/good.txt, two records in replies/more.jsonl and a picture (not a reply file).</summary>
    private static TempWorkspace WorkspaceWithGoodReplies()
    {
        var workspace = TempWorkspace.Create();
        workspace.Write("replies/good.txt", Replies.CompleteEn);
        workspace.Write("replies/more.jsonl", Replies.Record("jsonl-es", "es", Replies.CompleteEs) + "\n" + Replies.Record("jsonl-en", "en", Replies.CompleteEn2) + "\n");
        workspace.WriteBytes("replies/photo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(2048, seed: 11)]);
        return workspace;
    }

    /// <summary>The good replies of <see cref="WorkspaceWithGoodReplies"/> are analysed, and only the bad ones are errors.</summary>
    private static void AssertGoodRepliesAnalysed(JsonReport report, int badRecords)
    {
        foreach (var id in new[] { "good", "jsonl-es", "jsonl-en" })
        {
            Assert.True(report.Result(id).Integer("score") is not null, report.Because($"{id} is readable and should be analysed despite the bad files beside it."));
        }

        Assert.True(report.ResultsFor("photo.png").Count == 0, report.Because("A .png is not a reply file: it gets no result."));
        Assert.True(report.Results.Count == 3 + badRecords, report.Because($"{3 + badRecords} records in (3 good, {badRecords} unreadable), expected as many results out."));
        Assert.True(report.Summary.Integer("readErrors") == badRecords, report.Because($"summary.readErrors should be {badRecords}."));
        Assert.True(report.Summary.Integer("records") == 3 + badRecords, report.Because($"summary.records should be {3 + badRecords}, errors included."));
        Assert.True(report.Run.ExitCode == 0, report.Because("The good replies are complete and read errors alone do not change the exit code: expected 0."));
    }

    /// <summary>A file of three records, "first", a bad one and "third", and the line of the bad one.</summary>
    private static (byte[] Content, int BadLine) BetweenTwoGoodRecords(string file, string fault)
    {
        var en = JsonSerializer.Serialize(Replies.CompleteEn);
        var es = JsonSerializer.Serialize(Replies.CompleteEs);
        byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
        return (file, fault) switch
        {
            ("records.jsonl", "a line that is not valid UTF-8") => (
            [
                .. Utf8(Replies.Record("first", "en", Replies.CompleteEn) + "\n"),
                .. Encoding.Latin1.GetBytes("{\"id\": \"second\", \"language\": \"es\", \"text\": \"Le devolvemos el importe mañana.\"}\n"),
                .. Utf8(Replies.Record("third", "es", Replies.CompleteEs) + "\n"),
            ], 2),
            ("records.jsonl", "a text escaping a lone surrogate") => (Utf8(
                Replies.Record("first", "en", Replies.CompleteEn) + "\n" +
                "{\"id\": \"second\", \"language\": \"en\", \"text\": \"Sorry for the wait \\ud83d, we are on it.\"}\n" +
                Replies.Record("third", "es", Replies.CompleteEs) + "\n"), 2),
            ("records.csv", "a row with an unbalanced quote") => (Utf8(
                "id,language,text\n" +
                $"first,en,\"{Replies.CompleteEn}\"\n" +
                "second,es,\"Le devolvemos el importe mañana.\n" +
                $"third,es,\"{Replies.CompleteEs}\"\n"), 3),
            ("records.yaml", "an item that is not a mapping") => (Utf8(
                $"- id: first\n  language: en\n  text: {en}\n" +
                "- Sorry for the wait, we are on it.\n" +
                $"- id: third\n  language: es\n  text: {es}\n"), 4),
            ("records.yaml", "a record whose text is a list") => (Utf8(
                $"- id: first\n  language: en\n  text: {en}\n" +
                "- id: second\n  text: [Sorry for the wait, we are on it]\n" +
                $"- id: third\n  language: es\n  text: {es}\n"), 4),
            ("records.json", "an element that is not an object") => (Utf8(
                "[\n" +
                $"  {Replies.Record("first", "en", Replies.CompleteEn)},\n" +
                "  \"Sorry for the wait, we are on it.\",\n" +
                $"  {Replies.Record("third", "es", Replies.CompleteEs)}\n" +
                "]\n"), 3),
            ("records.json", "a text escaping a lone surrogate") => (Utf8(
                "[\n" +
                $"  {Replies.Record("first", "en", Replies.CompleteEn)},\n" +
                "  {\"id\": \"second\", \"language\": \"en\", \"text\": \"Sorry for the wait \\ud83d, we are on it.\"},\n" +
                $"  {Replies.Record("third", "es", Replies.CompleteEs)}\n" +
                "]\n"), 3),
            _ => throw new ArgumentException($"No fixture for {fault} in {file}."),
        };
    }

    /// <summary>Reproducible random bytes, with a NUL every 64 bytes.</summary>
    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        for (var i = 0; i < length; i += 64)
        {
            bytes[i] = 0;
        }

        return bytes;
    }
}
