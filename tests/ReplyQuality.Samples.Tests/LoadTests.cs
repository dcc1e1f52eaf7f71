using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace ReplyQuality.Samples.Tests;

/// <summary>Runs alone (not beside the browser or API tests), so that its timings measure the app and nothing else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadTestsRunAlone
{
    public const string Name = "load";
}

/// <summary>
/// A bounded load test of <c>POST /api/assess</c>: <see cref="DefaultRequests"/> requests (or
/// <c>REPLYCOACH_LOAD_REQUESTS</c>) from <see cref="Clients"/> concurrent clients against the app hosted in memory,
/// Spanish and English, good and bad replies, each with the customer's message. The rate limit is raised through
/// configuration (<c>ReplyCoach:RateLimit</c>), exactly as an operator would. Every answer must be a 200 with the
/// same assessment the body gets on its own; p50 / p99 latency and throughput go to the test output and to
/// <c>artifacts/replycoach-load.txt</c> next to the screenshots (and a copy in the temp folder's <c>rq/</c>).
/// </summary>
[Collection(LoadTestsRunAlone.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    public const int DefaultRequests = 10_000;
    public const int Clients = 32;
    public const string RequestsVariable = "REPLYCOACH_LOAD_REQUESTS";

    /// <summary>Replies as agents write them, with the message they answer: good and bad, Spanish and English, short and long.</summary>
    private static readonly (string Text, string CustomerMessage, string? Language)[] Bodies =
    [
        ("Consulte nuestra web. La culpa del retraso es de la empresa de mensajería.",
            "Llevo dos semanas esperando mi pedido y nadie me contesta.", "es"),
        ("Sentimos mucho el retraso, Marta, y entendemos lo frustrante que es. El transportista extravió el paquete; hoy mismo le enviamos uno nuevo sin coste y lo recibirá mañana. Gracias por su paciencia.",
            "Mi pedido no ha llegado y era un regalo.", "es"),
        ("Como indica la cláusula 7 de las condiciones, el cargo es correcto. Debería haber leído los términos antes de contratar.",
            "¿Por qué me han cobrado 40 € de penalización? Es un abuso.", null),
        ("Hola Luis, gracias por escribirnos y disculpe las molestias. Hemos revisado su cuenta: el cargo duplicado fue un error nuestro y ya hemos ordenado la devolución de 29,90 €, que verá en 3 a 5 días hábiles.",
            "Me habéis cobrado dos veces la misma factura este mes.", null),
        ("As stated in section 7 of your agreement, this fee is correct. You should have read the terms. THIS IS NOT OUR FAULT!!!",
            "Why was I charged a £40 cancellation fee? This is a rip-off.", "en"),
        ("I am so sorry your order has not arrived, Sam, and I understand how frustrating that is. The courier lost the parcel, so I have sent a replacement today at no cost and it will arrive tomorrow. Thank you for your patience.",
            "My order still has not arrived after two weeks. This is unacceptable.", "en"),
        ("Please check our FAQ, the courier is to blame.",
            "Where is my parcel? The tracking has not moved for a week.", null),
        ("Thank you so much for your kind words, Priya! I have passed them on to the team, who will be delighted. We look forward to seeing you again soon.",
            "Just wanted to say the support I got yesterday was brilliant. Thanks!", "en"),
    ];

    [Fact]
    public async Task Thousands_of_concurrent_assessments_all_succeed_and_latency_is_reported()
    {
        var requests = RequestCount();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            // Raised, not removed: the limiter stays in the pipeline. At the default 120 a minute, request 121 would fail.
            web.UseSetting("ReplyCoach:RateLimit:PermitLimit", "1000000");
            web.UseSetting("ReplyCoach:RateLimit:WindowSeconds", "3600");
        });
        var bodies = Bodies.Select(b => JsonSerializer.SerializeToUtf8Bytes(new { text = b.Text, customerMessage = b.CustomerMessage, language = b.Language })).ToArray();

        // Each body once, alone: what every concurrent answer must equal (and the JIT warmed up before the clock starts).
        var expected = new string[bodies.Length];
        using (var warmup = factory.CreateClient())
        {
            for (var i = 0; i < bodies.Length; i++)
            {
                using var response = await PostAsync(warmup, bodies[i], CancellationToken.None);
                var (summary, error) = await SummariseAsync(response);
                Assert.True(error is null, $"body {i}: {error}");
                expected[i] = summary!;
            }
        }

        Assert.Contains(expected, e => e.StartsWith("es ", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.StartsWith("en ", StringComparison.Ordinal));
        Assert.True(expected.Distinct().Count() == expected.Length, "the bodies should not all get the same assessment");

        var latencies = new long[requests];
        var errors = new ConcurrentQueue<string>();
        var next = -1;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var clients = Enumerable.Range(0, Clients).Select(_ => factory.CreateClient()).ToList();
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(clients.Select(client => Task.Run(
                async () =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < requests)
                    {
                        var body = i % bodies.Length;
                        var started = Stopwatch.GetTimestamp();
                        string? error;
                        try
                        {
                            using var response = await PostAsync(client, bodies[body], timeout.Token);
                            (var summary, error) = await SummariseAsync(response);
                            if (error is null && summary != expected[body])
                            {
                                error = $"body {body}: expected '{expected[body]}', got '{summary}'";
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                        {
                            error = $"body {body}: {e.GetType().Name}: {e.Message}";
                        }

                        latencies[i] = Stopwatch.GetTimestamp() - started;
                        if (error is not null)
                        {
                            errors.Enqueue($"request {i}, {error}");
                        }
                    }
                },
                timeout.Token)));
        }
        finally
        {
            clock.Stop();
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        var report = Report(requests, clock.Elapsed, latencies, errors.Count);
        output.WriteLine(report);
        var path = SaveReport(report);
        output.WriteLine($"saved to {path}");

        Assert.True(errors.IsEmpty, $"{errors.Count} of {requests} requests failed; the first: {string.Join(Environment.NewLine, errors.Take(5))}");
        Assert.DoesNotContain(0L, latencies);   // every request was sent and timed
    }

    /// <summary><see cref="DefaultRequests"/>, unless <c>REPLYCOACH_LOAD_REQUESTS</c> says otherwise.</summary>
    private static int RequestCount()
    {
        var value = Environment.GetEnvironmentVariable(RequestsVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultRequests;
        }

        Assert.True(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0, $"{RequestsVariable}='{value}' is not a positive whole number");
        return count;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri("/api/assess", UriKind.Relative), content, cancellationToken);
    }

    /// <summary>"language score verdict rule ids" of a 200 assessment, or why the response is not one.</summary>
    private static async Task<(string? Summary, string? Error)> SummariseAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (null, $"{(int)response.StatusCode}: {raw}");
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return (null, $"200 as '{response.Content.Headers.ContentType}'");
        }

        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        if (!root.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Number || score.GetInt32() is < 0 or > 100)
        {
            return (null, $"no score from 0 to 100: {raw}");
        }

        var rules = string.Join(",", root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        return ($"{root.GetProperty("language").GetString()} {score.GetInt32()} {root.GetProperty("verdict").GetString()} {rules}", null);
    }

    private static string Report(int requests, TimeSpan elapsed, long[] latencies, int errors)
    {
        var sorted = latencies.Select(t => Stopwatch.GetElapsedTime(0, t).TotalMilliseconds).Order().ToArray();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        var c = CultureInfo.InvariantCulture;
        return new StringBuilder()
            .AppendLine(c, $"ReplyCoach load test: POST /api/assess, in-memory TestServer (WebApplicationFactory), {Environment.ProcessorCount} cores, .NET {Environment.Version}")
            .AppendLine(c, $"requests:   {requests} from {Clients} concurrent clients, {Bodies.Length} bodies (es/en, good/bad, with customerMessage)")
            .AppendLine(c, $"errors:     {errors}")
            .AppendLine(c, $"total:      {elapsed.TotalSeconds:F2} s")
            .AppendLine(c, $"throughput: {requests / elapsed.TotalSeconds:F0} requests/s")
            .AppendLine(c, $"latency:    p50 {Percentile(50):F2} ms, p90 {Percentile(90):F2} ms, p99 {Percentile(99):F2} ms, max {sorted[^1]:F2} ms, mean {sorted.Average():F2} ms")
            .ToString();
    }

    /// <summary>Saves the report in bin/…/artifacts (where the browser tests keep their screenshots) and a copy in the temp folder's rq/.</summary>
    private static string SaveReport(string report)
    {
        const string fileName = "replycoach-load.txt";
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName, fileName);
        File.WriteAllText(path, report);
        File.Copy(path, Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rq")).FullName, fileName), overwrite: true);
        return path;
    }
}
