using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ReplyQuality;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ReplyCoach;

/// <summary>
/// <c>POST /api/assess</c>: reads the body itself (so that a body over the limit is a 413 and malformed JSON a 400,
/// both as ProblemDetails), analyses the draft with the shared <see cref="IReplyAnalyzer"/> and answers with the
/// assessment's JSON shape.
/// </summary>
public static class AssessEndpoint
{
    /// <summary>The name of the rate-limiting policy applied to the API.</summary>
    public const string RateLimitPolicy = "per-ip";

    /// <summary>Handles one request.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="analyzer">The analyzer registered by <c>AddReplyQuality()</c>.</param>
    /// <param name="libraryOptions">The library's options (for its input limits).</param>
    /// <param name="coachOptions">The sample's options (for the body limit).</param>
    /// <param name="jsonOptions">The application's JSON settings (camelCase, case-insensitive).</param>
    /// <returns>200 with the assessment, or a ProblemDetails result.</returns>
    public static async Task<IResult> HandleAsync(
        HttpContext http,
        IReplyAnalyzer analyzer,
        IOptions<ReplyQualityOptions> libraryOptions,
        IOptions<ReplyCoachOptions> coachOptions,
        IOptions<JsonOptions> jsonOptions)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(libraryOptions);
        ArgumentNullException.ThrowIfNull(coachOptions);
        ArgumentNullException.ThrowIfNull(jsonOptions);

        var maxBytes = coachOptions.Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > maxBytes)
        {
            return TooLarge($"The request body must not exceed {maxBytes} bytes.");
        }

        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the request as application/json.");
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(http.Request.Body, maxBytes, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        catch (BadHttpRequestException e)
        {
            // The server could not read the body (malformed chunked encoding, a body shorter than its Content-Length…):
            // the client's fault, so its 4xx status, not a 500, and not the server's exception message.
            return Results.Problem(statusCode: e.StatusCode, title: "Invalid request", detail: "The request body could not be read.");
        }

        if (body is null)
        {
            return TooLarge($"The request body must not exceed {maxBytes} bytes.");
        }

        AssessRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<AssessRequest>(body, jsonOptions.Value.SerializerOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            return BadRequest($"The request body is not valid JSON for {{\"text\", \"customerMessage\", \"language\"}}{where}.");
        }

        if (request is null || string.IsNullOrEmpty(request.Text))
        {
            return BadRequest("\"text\" is required and must be a non-empty string.");
        }

        var language = request.Language?.Trim();
        if (string.IsNullOrEmpty(language) || string.Equals(language, "auto", StringComparison.OrdinalIgnoreCase))
        {
            language = null;
        }
        else if (!IsSupportedLanguage(language))
        {
            return BadRequest("\"language\" must be \"es\", \"en\", \"auto\" or null.");
        }

        var limits = libraryOptions.Value;
        if (request.Text.Length > limits.MaxInputLength)
        {
            return TooLarge($"\"text\" must not exceed {limits.MaxInputLength} characters.");
        }

        if (request.CustomerMessage is { Length: var length } && length > limits.MaxCustomerMessageLength)
        {
            return TooLarge($"\"customerMessage\" must not exceed {limits.MaxCustomerMessageLength} characters.");
        }

        var assessment = analyzer.Analyze(new ReplyDraft(request.Text)
        {
            CustomerMessage = string.IsNullOrWhiteSpace(request.CustomerMessage) ? null : request.CustomerMessage,
            Language = language,
        });
        return TypedResults.Ok(AssessResponse.From(assessment));
    }

    /// <summary>"es" or "en", optionally with a region ("es-MX").</summary>
    private static bool IsSupportedLanguage(string language)
    {
        var primary = language.Split('-', '_')[0];
        return primary.Equals("es", StringComparison.OrdinalIgnoreCase) || primary.Equals("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the whole body, or returns <see langword="null"/> as soon as it grows past <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);

    private static IResult TooLarge(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: detail);
}
