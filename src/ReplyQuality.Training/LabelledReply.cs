using System.Text.Json;

namespace ReplyQuality.Training;

/// <summary>
/// A whole reply labelled with the complete set of rule ids a careful reviewer would raise (the format of
/// <c>tests/data/eval</c>): <c>{"id", "language", "customerMessage"?, "receivedAt"?, "respondedAt"?, "text", "expected": ["RQ301", …]}</c>.
/// </summary>
/// <param name="Draft">The reply and its context, as given to the analyzer.</param>
/// <param name="Expected">The rule ids that must be raised.</param>
public sealed record LabelledReply(ReplyDraft Draft, IReadOnlySet<string> Expected)
{
    /// <summary>An identifier, for reports.</summary>
    public string? Id { get; init; }

    /// <summary>Reads labelled replies from a JSONL file, or every <c>*.jsonl</c> file under a folder.</summary>
    /// <param name="path">A file or folder.</param>
    /// <exception cref="InvalidDataException">A line is not a valid record; the message names the file and line.</exception>
    public static IEnumerable<LabelledReply> ReadJsonl(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return JsonlFiles.Read(path, exclude: null, Parse);
    }

    private static LabelledReply Parse(JsonElement root)
    {
        if (!root.TryGetProperty("expected", out var expected) || expected.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("'expected' must be an array of rule ids.");
        }

        var draft = new ReplyDraft(JsonlFiles.RequiredString(root, "text"))
        {
            CustomerMessage = OptionalString(root, "customerMessage"),
            Language = OptionalString(root, "language"),
            ReceivedAt = OptionalTime(root, "receivedAt"),
            RespondedAt = OptionalTime(root, "respondedAt"),
        };
        return new LabelledReply(draft, expected.EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal))
        {
            Id = OptionalString(root, "id"),
        };
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? OptionalTime(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;
}
