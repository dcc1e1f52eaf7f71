using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ReplyQuality.Samples.Tests;

/// <summary>The ReplyCoach sample's API and page, hosted in memory (samples/ReplyCoach/README.md).</summary>
public sealed class ReplyCoachApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Spanish_bad_reply_gets_the_rule_and_the_exact_span()
    {
        const string text = "Consulte nuestra web. La culpa del retraso es de la empresa de mensajería.";
        using var client = factory.CreateClient();

        var json = await AssessAsync(client, new { text, customerMessage = "Llevo dos semanas esperando mi pedido y nadie me contesta.", language = "es" });

        Assert.Equal("es", json.GetProperty("language").GetString());
        Assert.Equal("complaint", json.GetProperty("messageKind").GetString());
        Assert.InRange(json.GetProperty("score").GetInt32(), 0, 79);
        Assert.Contains(json.GetProperty("verdict").GetString(), new[] { "needs-work", "poor" });
        var finding = Finding(json, "RQ203");
        Assert.Equal("website-deflection", finding.GetProperty("name").GetString());
        Assert.Equal("deflection", finding.GetProperty("category").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Contains(finding.GetProperty("source").GetString(), new[] { "rule", "model", "both" });
        Assert.StartsWith("https://", finding.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        foreach (var property in new[] { "message", "explanation", "suggestion" })
        {
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty(property).GetString()), property);
        }

        var span = Assert.Single(finding.GetProperty("spans").EnumerateArray());
        AssertSpanMatches(text, span);
        Assert.Equal("Consulte nuestra web", span.GetProperty("text").GetString());
        AssertAllSpansMatch(text, json);
    }

    [Fact]
    public async Task English_bad_reply_gets_the_rule_and_the_exact_span()
    {
        const string text = "As stated in section 7 of your agreement, this fee is correct. You should have read the terms. THIS IS NOT OUR FAULT!!!";
        using var client = factory.CreateClient();

        var json = await AssessAsync(client, new { text, customerMessage = "Why was I charged a £40 cancellation fee? This is a rip-off.", language = "en" });

        Assert.Equal("en", json.GetProperty("language").GetString());
        Assert.Equal("poor", json.GetProperty("verdict").GetString());
        Assert.InRange(json.GetProperty("score").GetInt32(), 0, 49);
        var blame = Finding(json, "RQ205");
        Assert.Equal("error", blame.GetProperty("severity").GetString());
        Assert.Contains(blame.GetProperty("spans").EnumerateArray(), s => s.GetProperty("text").GetString()!.StartsWith("You should have read", StringComparison.Ordinal));
        var shouting = Finding(json, "RQ102");
        Assert.Equal("tone", shouting.GetProperty("category").GetString());
        Assert.Contains(shouting.GetProperty("spans").EnumerateArray(), s => s.GetProperty("text").GetString() == "THIS IS NOT OUR FAULT!!!");
        AssertAllSpansMatch(text, json);
        var confidence = blame.GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0, 1);
    }

    [Theory]
    [InlineData("es", "Sentimos mucho el retraso, Marta, y entendemos lo frustrante que es. El transportista extravió el paquete; hoy mismo le enviamos uno nuevo sin coste y lo recibirá mañana. Gracias por su paciencia.", "Mi pedido no ha llegado y era un regalo.")]
    [InlineData("en", "I am so sorry your order has not arrived, Sam, and I understand how frustrating that is. The courier lost the parcel, so I have sent a replacement today at no cost and it will arrive tomorrow. Thank you for your patience.", "My order still has not arrived after two weeks. This is unacceptable.")]
    public async Task Good_reply_gets_a_high_score(string language, string text, string customerMessage)
    {
        using var client = factory.CreateClient();

        var json = await AssessAsync(client, new { text, customerMessage, language });

        Assert.Equal(language, json.GetProperty("language").GetString());
        Assert.True(json.GetProperty("score").GetInt32() >= 80, json.ToString());
        Assert.Equal("good", json.GetProperty("verdict").GetString());
        Assert.DoesNotContain(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task Language_is_detected_when_auto_or_absent()
    {
        using var client = factory.CreateClient();

        var auto = await AssessAsync(client, new { text = "Consulte nuestra web.", language = "auto" });
        var absent = await AssessAsync(client, new { text = "Please check our website." });

        Assert.Equal("es", auto.GetProperty("language").GetString());
        Assert.Equal("en", absent.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("{\"text\": \"unterminated}")]
    [InlineData("not json at all")]
    [InlineData("{\"text\": 5}")]
    [InlineData("[1, 2]")]
    public async Task Bad_json_is_a_400_problem(string body)
    {
        using var client = factory.CreateClient();

        using var response = await PostRawAsync(client, body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"customerMessage\": \"Where is my order?\"}")]
    [InlineData("{\"text\": null}")]
    [InlineData("{\"text\": \"\"}")]
    [InlineData("null")]
    [InlineData("{\"text\": \"Hello\", \"language\": \"fr\"}")]
    public async Task Missing_text_or_bad_language_is_a_400_problem(string body)
    {
        using var client = factory.CreateClient();

        using var response = await PostRawAsync(client, body);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Body_over_the_limit_is_a_413_problem()
    {
        using var client = factory.CreateClient();
        var body = JsonSerializer.Serialize(new { text = new string('a', 70 * 1024) });

        using var response = await PostRawAsync(client, body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Body_over_the_limit_without_content_length_is_a_413_problem()
    {
        using var client = factory.CreateClient();
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = new string('a', 70 * 1024) }));
        using var content = new StreamContent(new NoLengthStream(body));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri("/api/assess", UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Text_over_the_library_limit_is_a_413_problem()
    {
        // appsettings.json sets ReplyQuality:MaxInputLength to 20 000: 30 000 characters fit in the 64 KB body but not in the library.
        using var client = factory.CreateClient();

        using var response = await PostRawAsync(client, JsonSerializer.Serialize(new { text = new string('a', 30_000) }));

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("20000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_json_content_type_is_a_415_problem()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("{\"text\": \"hi\"}", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(new Uri("/api/assess", UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Script_in_a_reply_comes_back_as_escaped_json_string_data()
    {
        const string payload = "<script>alert(1)</script>";
        const string text = "Check our " + payload + " website.";
        using var client = factory.CreateClient();

        using var response = await PostRawAsync(client, JsonSerializer.Serialize(new { text, language = "en" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(raw);
        var finding = Finding(document.RootElement, "RQ203");
        var span = Assert.Single(finding.GetProperty("spans").EnumerateArray());
        AssertSpanMatches(text, span);
        Assert.Contains(payload, span.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(payload, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_script_never_puts_text_in_innerHTML()
    {
        using var client = factory.CreateClient();

        var script = await client.GetStringAsync(new Uri("/app.js", UriKind.Relative));

        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }

        Assert.Contains("textContent", script, StringComparison.Ordinal);
        Assert.Contains("createElement(\"mark\")", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_page_is_served_with_the_test_ids_and_no_external_assets()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        foreach (var id in new[] { "customer", "draft", "lang", "score", "verdict", "findings", "preview" })
        {
            Assert.Matches($"id=\"{id}\"", html);
        }

        Assert.Matches("<label[^>]+for=\"customer\"", html);
        Assert.Matches("<label[^>]+for=\"draft\"", html);
        Assert.Matches("<label[^>]+for=\"lang\"", html);
        Assert.Matches("aria-live=\"polite\"", html);
        Assert.Matches("<meta name=\"viewport\"", html);
        foreach (var option in new[] { "auto", "es", "en" })
        {
            Assert.Matches($"<option value=\"{option}\"", html);
        }

        // No CDN: every script and stylesheet comes from the sample itself.
        Assert.DoesNotMatch(new Regex("src=\"(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<link[^>]+href=\"(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.Contains("app.js", html, StringComparison.Ordinal);
        Assert.Contains("app.css", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/app.css", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Health_endpoint_answers()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_a_429_problem()
    {
        using var limited = factory.WithWebHostBuilder(web =>
        {
            web.UseSetting("ReplyCoach:RateLimit:PermitLimit", "3");
            web.UseSetting("ReplyCoach:RateLimit:WindowSeconds", "600");
        });
        using var client = limited.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var ok = await PostRawAsync(client, "{\"text\": \"Please check our website.\"}");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var rejected = await PostRawAsync(client, "{\"text\": \"Please check our website.\"}");

        await AssertProblemAsync(rejected, HttpStatusCode.TooManyRequests);
        Assert.True(rejected.Headers.RetryAfter is not null, "Retry-After header");

        // The page and the health check are not rate limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Server_errors_are_500_problems_without_stack_traces()
    {
        using var failing = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddSingleton<IReplyAnalyzer, ThrowingAnalyzer>()));
        using var client = failing.CreateClient();

        using var response = await PostRawAsync(client, "{\"text\": \"Hello\"}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        var raw = problem.ToString();
        Assert.DoesNotContain(ThrowingAnalyzer.Secret, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ThrowingAnalyzer), raw, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", raw, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AssessAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/assess", UriKind.Relative), body);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {raw}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(raw);
        return document.RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/assess", UriKind.Relative), content);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {raw}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(raw);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(problem.TryGetProperty("exception", out _));
        Assert.DoesNotContain("StackTrace", raw, StringComparison.OrdinalIgnoreCase);
        return problem;
    }

    private static JsonElement Finding(JsonElement assessment, string ruleId)
    {
        var findings = assessment.GetProperty("findings").EnumerateArray().ToList();
        return Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == ruleId);
    }

    private static void AssertSpanMatches(string text, JsonElement span)
    {
        var start = span.GetProperty("start").GetInt32();
        var length = span.GetProperty("length").GetInt32();
        Assert.Equal(text.Substring(start, length), span.GetProperty("text").GetString());
    }

    private static void AssertAllSpansMatch(string text, JsonElement assessment)
    {
        foreach (var finding in assessment.GetProperty("findings").EnumerateArray())
        {
            foreach (var span in finding.GetProperty("spans").EnumerateArray())
            {
                AssertSpanMatches(text, span);
            }
        }
    }

    /// <summary>An analyzer that fails, to check what a client sees of an unhandled exception.</summary>
    private sealed class ThrowingAnalyzer : IReplyAnalyzer
    {
        public const string Secret = "connection string Password=hunter2";

        public IReadOnlyList<RuleDescriptor> Rules => [];

        public ReplyAssessment Analyze(ReplyDraft draft) => throw new InvalidOperationException(Secret);

        public IEnumerable<ReplyAssessment> AnalyzeMany(IEnumerable<ReplyDraft> drafts, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Secret);

        public IAsyncEnumerable<ReplyAssessment> AnalyzeManyAsync(IAsyncEnumerable<ReplyDraft> drafts, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Secret);
    }

    /// <summary>A readable stream that does not report its length, so the request goes without Content-Length.</summary>
    private sealed class NoLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
