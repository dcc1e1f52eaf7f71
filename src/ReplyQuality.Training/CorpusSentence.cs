using System.Text.Json;

namespace ReplyQuality.Training;

/// <summary>One labelled line of the corpus or of the held-out sentence set (schema: Corpus/README.md).</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Language">es or en.</param>
/// <param name="Kind">reply or customer.</param>
/// <param name="Text">The sentence or message.</param>
/// <param name="Labels">Tags (reply) or the message kind (customer).</param>
/// <param name="Origin">written or augmented.</param>
internal sealed record CorpusSentence(string Id, string Language, string Kind, string Text, IReadOnlySet<string> Labels, string Origin)
{
    /// <summary>The sentence tags, in the order of the rules they feed.</summary>
    public static readonly string[] ReplyTags =
    [
        "hostile", "condescending", "blames-third-party", "cites-contract", "website-deflection", "management-deflection",
        "blames-customer", "denies-error", "minimises", "censorship",
        "apology", "solution", "empathy", "explanation", "timeline", "thanks",
    ];

    /// <summary>The kinds of customer message.</summary>
    public static readonly string[] CustomerKinds = ["complaint", "praise", "question"];

    /// <summary>Reads every <c>*.jsonl</c> file under a folder (or one file), except those whose name contains <paramref name="skip"/>.</summary>
    public static List<CorpusSentence> Load(string path, string? skip = null)
    {
        var files = File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*.jsonl", SearchOption.AllDirectories)
                .Where(f => skip is null || !Path.GetFileName(f).Contains(skip, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
        var sentences = new List<CorpusSentence>();
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var document = JsonDocument.Parse(line);
                    var root = document.RootElement;
                    sentences.Add(new CorpusSentence(
                        root.GetProperty("id").GetString()!,
                        root.GetProperty("language").GetString()!,
                        root.GetProperty("kind").GetString()!,
                        root.GetProperty("text").GetString()!,
                        root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToHashSet(StringComparer.Ordinal),
                        root.TryGetProperty("origin", out var origin) ? origin.GetString() ?? "written" : "written"));
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new InvalidDataException($"{file}:{number}: not a corpus line: {e.Message}", e);
                }
            }
        }

        return sentences;
    }
}
