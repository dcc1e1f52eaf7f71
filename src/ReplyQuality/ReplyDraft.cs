namespace ReplyQuality;

/// <summary>
/// A draft reply to a customer, with the context that some rules need: the customer's message (to tell a
/// complaint from praise or a question) and when the message arrived and the reply was sent (for the
/// golden hour).
/// </summary>
public sealed record ReplyDraft
{
    /// <summary>Creates a draft.</summary>
    /// <param name="text">The reply as the agent wrote it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ReplyDraft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The reply as the agent wrote it. Span offsets are UTF-16 offsets into this string.</summary>
    public string Text { get; }

    /// <summary>
    /// The customer's message the reply answers, if known. It decides whether the reply answers a complaint,
    /// praise or a question; without it a complaint is assumed (see <see cref="ReplyQualityOptions.AssumeComplaint"/>).
    /// </summary>
    public string? CustomerMessage { get; init; }

    /// <summary>
    /// The language of the reply, <c>"es"</c> or <c>"en"</c> (a region such as <c>"es-MX"</c> is accepted);
    /// <see langword="null"/> to detect it.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// How <see cref="Text"/> is written (plain text, Markdown or HTML); <see cref="ReplyFormat.Auto"/> (the default)
    /// detects it. Only the agent's own prose is analysed; spans still point into <see cref="Text"/> as given.
    /// </summary>
    public ReplyFormat Format { get; init; }

    /// <summary>When the customer's message arrived, if known (with <see cref="RespondedAt"/>, enables RQ402).</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>When the reply was (or will be) sent, if known (with <see cref="ReceivedAt"/>, enables RQ402).</summary>
    public DateTimeOffset? RespondedAt { get; init; }
}
