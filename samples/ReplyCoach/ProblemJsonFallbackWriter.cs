using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ReplyCoach;

/// <summary>
/// Writes a ProblemDetails as <c>application/problem+json</c> when ASP.NET Core's own writer declines because the
/// request's <c>Accept</c> header names no JSON type (a browser's <c>text/html</c>, <c>text/plain</c>…). Without it
/// such a client got a plain-text 404 / 405 and an empty 500, and a rate-limited one an empty 500 instead of a 429.
/// Registered after <c>AddProblemDetails()</c>, it is asked only when that writer says no, so every error the app
/// produces is ProblemDetails whatever the client accepts.
/// </summary>
/// <param name="problemOptions">The ProblemDetails options (their <c>CustomizeProblemDetails</c> still applies).</param>
/// <param name="jsonOptions">The application's JSON settings (HTML-sensitive characters escaped).</param>
public sealed class ProblemJsonFallbackWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    /// <summary>The media type of every error response.</summary>
    public const string ContentType = "application/problem+json";

    /// <inheritdoc/>
    public bool CanWrite(ProblemDetailsContext context) => true;

    /// <inheritdoc/>
    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, problem.GetType(), jsonOptions.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
