using System.Text.Json;

namespace ReplyQuality.Training;

/// <summary>What a labelled text is: one sentence of a reply, or a whole customer message.</summary>
public enum LabelledTextKind
{
    /// <summary>A sentence of an agent's reply, labelled with the sentence tags it carries (possibly none).</summary>
    ReplySentence,

    /// <summary>A customer's message, labelled with exactly one kind: <c>complaint</c>, <c>praise</c> or <c>question</c>.</summary>
    CustomerMessage,
}

/// <summary>
/// One labelled training or evaluation example. The JSONL form (one object per line) is the corpus format:
/// <c>{"id": "…", "language": "es", "kind": "reply" | "customer", "text": "…", "labels": ["apology", …]}</c>,
/// other fields ignored.
/// </summary>
/// <param name="Text">The sentence or message.</param>
/// <param name="Labels">The tags the sentence carries, or the message's kind.</param>
public sealed record LabelledText(string Text, IReadOnlySet<string> Labels)
{
    /// <summary>The sentence tags of the shipped model, in the order of the rules they feed.</summary>
    public static IReadOnlyList<string> SentenceTags { get; } =
    [
        "hostile", "condescending", "blames-third-party", "cites-contract", "website-deflection", "management-deflection",
        "blames-customer", "denies-error", "minimises", "censorship",
        "apology", "solution", "empathy", "explanation", "timeline", "thanks",
    ];

    /// <summary>The kinds of customer message.</summary>
    public static IReadOnlyList<string> MessageKinds { get; } = ["complaint", "praise", "question"];

    /// <summary>An identifier, for error messages and reports.</summary>
    public string? Id { get; init; }

    /// <summary>The language code (<c>es</c>, <c>en</c>), if known.</summary>
    public string? Language { get; init; }

    /// <summary>A reply sentence or a customer message.</summary>
    public LabelledTextKind Kind { get; init; } = LabelledTextKind.ReplySentence;

    /// <summary>
    /// Reads labelled texts in the corpus JSONL format from a file, or from every <c>*.jsonl</c> file under a folder
    /// (in ordinal order of their paths, so that training is reproducible).
    /// </summary>
    /// <param name="path">A file or folder.</param>
    /// <param name="exclude">Leave out files whose name contains this text (e.g. a part under review).</param>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="InvalidDataException">A line is not a valid record; the message names the file and line.</exception>
    public static IEnumerable<LabelledText> ReadJsonl(string path, string? exclude = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return JsonlFiles.Read(path, exclude, Parse);
    }

    private static LabelledText Parse(JsonElement root)
    {
        var text = JsonlFiles.RequiredString(root, "text");
        var kind = root.TryGetProperty("kind", out var k) ? k.GetString() : "reply";
        if (!root.TryGetProperty("labels", out var labels) || labels.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("'labels' must be an array of strings.");
        }

        var set = labels.EnumerateArray().Select(l => l.GetString() ?? throw new InvalidDataException("'labels' must hold strings.")).ToHashSet(StringComparer.Ordinal);
        var result = new LabelledText(text, set)
        {
            Id = root.TryGetProperty("id", out var id) ? id.GetString() : null,
            Language = root.TryGetProperty("language", out var language) ? language.GetString() : null,
            Kind = kind switch
            {
                "reply" or null => LabelledTextKind.ReplySentence,
                "customer" => LabelledTextKind.CustomerMessage,
                _ => throw new InvalidDataException($"'kind' must be \"reply\" or \"customer\" (was \"{kind}\")."),
            },
        };
        if (result.Kind == LabelledTextKind.CustomerMessage && (set.Count != 1 || !MessageKinds.Contains(set.First())))
        {
            throw new InvalidDataException($"a customer message needs exactly one label of: {string.Join(", ", MessageKinds)}.");
        }

        return result;
    }
}
