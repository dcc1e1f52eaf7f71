using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using ReplyCoach;
using ReplyQuality;

// ReplyCoach: a page for support agents that scores a draft reply as they type, and the JSON API behind it.
// Run it with: dotnet run --project samples/ReplyCoach
var builder = WebApplication.CreateBuilder(args);

// The library, configured from the "ReplyQuality" section of appsettings.json (a singleton, thread-safe IReplyAnalyzer);
// a misspelt or unreadable setting there stops the app at start-up, naming it.
builder.Services.AddReplyQuality(builder.Configuration.GetSection("ReplyQuality"));

// The sample's own limits (body size, rate limit), from the "ReplyCoach" section.
builder.Services.Configure<ReplyCoachOptions>(builder.Configuration.GetSection(ReplyCoachOptions.SectionName));
builder.Services.AddOptions<KestrelServerOptions>()
    .Configure<IOptions<ReplyCoachOptions>>((kestrel, coach) => kestrel.Limits.MaxRequestBodySize = coach.Value.MaxRequestBodyBytes);

// JSON keeps accents readable but escapes HTML-sensitive characters (<, >, &, quotes) in every string, so a
// reply holding "<script>" travels as inert data (\u003Cscript\u003E) whoever reads the response.
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

// Errors are RFC 9457 ProblemDetails; exceptions never reach the client with their stack trace. The built-in writer
// only answers clients whose Accept header names JSON; the fallback after it writes problem+json for all the others.
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
builder.Services.AddHealthChecks();

// A fixed window per client IP address on the API; a rejected request gets a 429 ProblemDetails and Retry-After.
builder.Services.AddRateLimiter(limiter =>
{
    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    limiter.AddPolicy(AssessEndpoint.RateLimitPolicy, http =>
    {
        var limit = http.RequestServices.GetRequiredService<IOptions<ReplyCoachOptions>>().Value.RateLimit;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
            QueueLimit = 0,
        });
    });
    limiter.OnRejected = async (context, cancellationToken) =>
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "Slow down: too many requests from this address. Try again in a moment.",
            },
        }).ConfigureAwait(false);
    };
});

var app = builder.Build();

// The security headers go on every response, errors included: they are set as the response starts, so the
// exception handler (which clears the headers of a failed response before writing its problem) cannot drop them.
app.Use(static (http, next) =>
{
    http.Response.OnStarting(static state =>
    {
        var headers = ((HttpResponse)state).Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
        return Task.CompletedTask;
    }, http.Response);
    return next(http);
});
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();

app.MapPost("/api/assess", AssessEndpoint.HandleAsync)
    .RequireRateLimiting(AssessEndpoint.RateLimitPolicy)
    .WithName("Assess");
app.MapHealthChecks("/healthz");

app.Run();

/// <summary>The application's entry point (public so that tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
