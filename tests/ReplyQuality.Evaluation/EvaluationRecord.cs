using System.Text.Json.Serialization;

namespace ReplyQuality.Evaluation;

/// <summary>A labelled reply of the evaluation set (see tests/data/eval/README.md).</summary>
internal sealed record EvaluationRecord
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("industry")]
    public string? Industry { get; init; }

    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("customerMessage")]
    public string? CustomerMessage { get; init; }

    [JsonPropertyName("receivedAt")]
    public DateTimeOffset? ReceivedAt { get; init; }

    [JsonPropertyName("respondedAt")]
    public DateTimeOffset? RespondedAt { get; init; }

    [JsonPropertyName("text")]
    public string Text { get; init; } = "";

    [JsonPropertyName("expected")]
    public string[]? Expected { get; init; }

    public ReplyDraft ToDraft(bool withLanguage) => new(Text)
    {
        CustomerMessage = CustomerMessage,
        Language = withLanguage ? Language : null,
        ReceivedAt = ReceivedAt,
        RespondedAt = RespondedAt,
    };
}
