using System.Text.Json;
using ReplyQuality.Tests.Rules;

namespace ReplyQuality.Tests.Corpus;

/// <summary>
/// The training corpus in <c>src/ReplyQuality.Training/Corpus</c> follows its documented schema (src/ReplyQuality.Training/Corpus/README.md): every line a
/// JSON object with the required fields, known values, sorted known tags, unique ids and texts.
/// </summary>
public sealed class CorpusFormatTests
{
    private static readonly HashSet<string> ReplyTags =
    [
        "hostile", "condescending", "blames-third-party", "cites-contract", "website-deflection", "management-deflection",
        "blames-customer", "denies-error", "minimises", "censorship",
        "apology", "solution", "empathy", "explanation", "timeline", "thanks",
    ];

    private static readonly HashSet<string> CustomerTags = ["complaint", "praise", "question"];

    private static readonly HashSet<string> Channels = ["email", "chat", "social", "review"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var root = ShippedRulesTests.RepositoryRoot();
        foreach (var file in CorpusFiles().Concat(HeldOutSentenceFiles()))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Held_out_sentences_never_appear_in_the_corpus()
    {
        var corpus = CorpusFiles().SelectMany(Texts).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var file in HeldOutSentenceFiles())
        {
            foreach (var text in Texts(file))
            {
                Assert.False(corpus.Contains(Normalize(text)), $"{Path.GetFileName(file)}: held-out sentence also in the training corpus: {text}");
            }
        }
    }

    private static IEnumerable<string> CorpusFiles() =>
        Directory.EnumerateFiles(Path.Combine(ShippedRulesTests.RepositoryRoot(), "src", "ReplyQuality.Training", "Corpus"), "*.jsonl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> HeldOutSentenceFiles() =>
        Directory.EnumerateFiles(Path.Combine(ShippedRulesTests.RepositoryRoot(), "tests", "data", "eval"), "sentences.*.jsonl")
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> Texts(string file) =>
        File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l =>
        {
            using var document = JsonDocument.Parse(l);
            return document.RootElement.GetProperty("text").GetString()!;
        });

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_line_follows_the_schema(string file)
    {
        var path = Path.Combine(ShippedRulesTests.RepositoryRoot(), file);
        var language = file.StartsWith("tests/", StringComparison.Ordinal) ? file.Split('.')[^2] : file.Split('/')[^2];
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var record = document.RootElement;
            string Field(string name)
            {
                Assert.True(record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0, $"{file}:{number}: '{name}' is missing or empty");
                return value.GetString()!;
            }

            Assert.Equal(language, Field("language"));
            Field("id");
            Field("text");
            Field("industry");
            Field("region");
            Assert.Contains(Field("channel"), Channels);
            Assert.Contains(Field("register"), new[] { "formal", "casual" });
            Assert.Contains(Field("origin"), new[] { "written", "augmented" });
            var kind = Field("kind");
            Assert.True(record.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array, $"{file}:{number}: 'labels' must be an array");
            var tags = labels.EnumerateArray().Select(l => l.GetString()!).ToList();
            Assert.True(tags.SequenceEqual(tags.Order(StringComparer.Ordinal).Distinct()), $"{file}:{number}: labels must be sorted and distinct");
            if (kind == "reply")
            {
                Assert.All(tags, t => Assert.True(ReplyTags.Contains(t), $"{file}:{number}: unknown tag '{t}'"));
            }
            else
            {
                Assert.Equal("customer", kind);
                Assert.True(tags.Count == 1 && CustomerTags.Contains(tags[0]), $"{file}:{number}: a customer message has exactly one of complaint, praise, question");
            }
        }

        Assert.True(number > 0, $"{file} is empty");
    }

    [Fact]
    public void Ids_and_texts_are_unique_across_the_corpus()
    {
        var root = Path.Combine(ShippedRulesTests.RepositoryRoot(), "src", "ReplyQuality.Training", "Corpus");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var document = JsonDocument.Parse(line);
                var id = document.RootElement.GetProperty("id").GetString()!;
                var text = document.RootElement.GetProperty("text").GetString()!;
                Assert.True(ids.Add(id), $"duplicate id {id} ({Path.GetFileName(file)})");
                Assert.True(texts.Add(text.Trim().ToLowerInvariant()), $"duplicate text in {Path.GetFileName(file)}: {text}");
            }
        }
    }

    [Fact]
    // Stock formulas ("Thank you for your understanding.") may appear anywhere; a substantive sentence may not.
    public void The_corpus_never_contains_evaluation_replies()
    {
        var root = ShippedRulesTests.RepositoryRoot();
        var evaluation = Directory.EnumerateFiles(Path.Combine(root, "tests", "data", "eval"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToList();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "ReplyQuality.Training", "Corpus"), "*.jsonl", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                var sentence = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!.Trim();
                Assert.DoesNotContain(evaluation, reply => sentence.Length > 60 && reply.Contains(sentence, StringComparison.OrdinalIgnoreCase));
            }
        }
    }
}
