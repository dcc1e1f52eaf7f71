using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ReplyQuality.Samples.Tests;

/// <summary>The ReplyCoach sample's API and page, hosted in memory (samples/ReplyCoach/README.md).</summary>
public sealed partial class ReplyCoachApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
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

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Wrong_method_on_the_api_is_a_405_problem_that_names_POST(string method)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/api/assess", UriKind.Relative))
        {
            Content = method == "GET" ? null : new StringContent("{\"text\": \"Hello\"}", Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    /// <summary>
    /// Every error path the app has, each asked by a client that accepts JSON, by one that sends no Accept header, and
    /// by ones that accept only HTML or plain text (a browser's navigation, curl -H): the answer is always a
    /// ProblemDetails with the right status, the security headers, and nothing of the server's internals.
    /// </summary>
    [Theory]
    [MemberData(nameof(ErrorPathsAndAcceptHeaders))]
    public async Task Every_error_path_is_a_problem_without_internals_whatever_the_client_accepts(string errorPath, string? accept)
    {
        var status = (HttpStatusCode)int.Parse(errorPath[..3], CultureInfo.InvariantCulture);
        using var host = errorPath switch
        {
            TooManyRequests => factory.WithWebHostBuilder(web =>
            {
                web.UseSetting("ReplyCoach:RateLimit:PermitLimit", "1");
                web.UseSetting("ReplyCoach:RateLimit:WindowSeconds", "600");
            }),
            ServerError => factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
                services.AddSingleton<IReplyAnalyzer, ThrowingAnalyzer>())),
            _ => null,
        };
        using var client = (host ?? factory).CreateClient();
        if (accept is not null)
        {
            Assert.True(client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept));
        }

        if (errorPath == TooManyRequests)
        {
            using var first = await PostRawAsync(client, "{\"text\": \"Please check our website.\"}");
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var request = ErrorRequest(errorPath);
        using var response = await client.SendAsync(request);

        await AssertProblemAsync(response, status);
    }

    public static TheoryData<string, string?> ErrorPathsAndAcceptHeaders()
    {
        var data = new TheoryData<string, string?>();
        foreach (var errorPath in ErrorPaths)
        {
            foreach (var accept in new[] { null, "application/json", "text/html,application/xhtml+xml", "text/plain" })
            {
                data.Add(errorPath, accept);
            }
        }

        return data;
    }

    private const string TooManyRequests = "429 over the rate limit";
    private const string ServerError = "500 the analyzer throws";

    private static readonly string[] ErrorPaths =
    [
        "400 malformed JSON", "400 JSON of another shape", "400 text missing", "400 text empty", "400 unsupported language",
        "404 unknown route", "404 sub-path of the API", "405 GET on the API", "405 PUT on the API",
        "413 body over 64 KB", "413 text over MaxInputLength", "415 body not JSON", "415 no content type",
        TooManyRequests, ServerError,
    ];

    private static HttpRequestMessage ErrorRequest(string errorPath)
    {
        static HttpRequestMessage Post(string path, string body, string? mediaType = "application/json")
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = mediaType is null ? null : new(mediaType);
            return new(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        }

        return errorPath switch
        {
            "400 malformed JSON" => Post("/api/assess", "{\"text\": "),
            "400 JSON of another shape" => Post("/api/assess", "[1, 2]"),
            "400 text missing" => Post("/api/assess", "{\"customerMessage\": \"Where is my order?\"}"),
            "400 text empty" => Post("/api/assess", "{\"text\": \"\"}"),
            "400 unsupported language" => Post("/api/assess", "{\"text\": \"Hello\", \"language\": \"fr\"}"),
            "404 unknown route" => new(HttpMethod.Get, new Uri("/api/nothing-here", UriKind.Relative)),
            "404 sub-path of the API" => Post("/api/assess/extra", "{\"text\": \"Hello\"}"),
            "405 GET on the API" => new(HttpMethod.Get, new Uri("/api/assess", UriKind.Relative)),
            "405 PUT on the API" => new(HttpMethod.Put, new Uri("/api/assess", UriKind.Relative)) { Content = JsonContent.Create(new { text = "Hello" }) },
            "413 body over 64 KB" => Post("/api/assess", JsonSerializer.Serialize(new { text = new string('a', 70 * 1024) })),
            "413 text over MaxInputLength" => Post("/api/assess", JsonSerializer.Serialize(new { text = new string('a', 30_000) })),
            "415 body not JSON" => Post("/api/assess", "text=Hello", "application/x-www-form-urlencoded"),
            "415 no content type" => Post("/api/assess", "{\"text\": \"Hello\"}", mediaType: null),
            TooManyRequests => Post("/api/assess", "{\"text\": \"Please check our website.\"}"),
            ServerError => Post("/api/assess", "{\"text\": \"Hello\"}"),
            _ => throw new ArgumentOutOfRangeException(nameof(errorPath), errorPath, "no request for this error path"),
        };
    }

    [Fact]
    public async Task Malformed_chunked_body_on_kestrel_is_a_400_problem_not_a_500()
    {
        // TestServer never parses chunked encoding: only a real Kestrel connection reaches this path. The endpoint reads
        // the body, Kestrel throws BadHttpRequestException("Bad chunk size data") — a client error, not a server one.
        using var kestrel = new KestrelHost();

        var response = await kestrel.SendRawAsync(
            "POST /api/assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n" +
            "Connection: close\r\n\r\nzz\r\n{\"text\": \"Hello\"}\r\n0\r\n\r\n");

        var problem = AssertProblemBody(HttpStatusCode.BadRequest, response.Status, response.Header("Content-Type"), response.Body);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.DoesNotContain("chunk", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The one kind of error that cannot be a ProblemDetails: a request so broken that Kestrel answers it itself before
    /// the app (and its middleware) ever runs. It must at least say nothing: a status line and an empty body.
    /// </summary>
    [Theory]
    [InlineData("not HTTP at all\r\n\r\n", HttpStatusCode.BadRequest)]
    [InlineData("GET /healthz HTTP/1.1\r\n\r\n", HttpStatusCode.BadRequest)]   // HTTP/1.1 without Host
    [InlineData("GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n", HttpStatusCode.BadRequest)]
    [InlineData("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: {0}\r\n\r\n", HttpStatusCode.RequestHeaderFieldsTooLarge)]
    public async Task Requests_kestrel_rejects_before_the_app_runs_get_an_empty_body(string request, HttpStatusCode status)
    {
        using var kestrel = new KestrelHost();

        var response = await kestrel.SendRawAsync(request.Replace("{0}", new string('a', 40_000), StringComparison.Ordinal));

        Assert.Equal((int)status, response.Status);
        Assert.Equal("0", response.Header("Content-Length"));
        Assert.Equal(string.Empty, response.Body);
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
        var problem = AssertProblemBody(status, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), raw);
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff), $"{(int)status} without X-Content-Type-Options");
        Assert.Equal("nosniff", Assert.Single(nosniff));
        return problem;
    }

    /// <summary>An RFC 9457 problem with this status, and nothing of the server's internals: no exception, no stack frame, no source path.</summary>
    private static JsonElement AssertProblemBody(HttpStatusCode status, int actualStatus, string? contentType, string raw)
    {
        Assert.True(actualStatus == (int)status, $"expected {(int)status}, got {actualStatus} ({contentType}): {raw}");
        Assert.True(contentType is not null && contentType.StartsWith(ProblemJson, StringComparison.Ordinal), $"{(int)status} came as '{contentType}': {raw}");
        using var document = JsonDocument.Parse(raw);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(problem.TryGetProperty("exception", out _));
        Assert.False(problem.TryGetProperty("errors", out _));
        Assert.DoesNotContain("StackTrace", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(StackFrame(), raw);
        Assert.DoesNotMatch(ExceptionTypeName(), raw);
        Assert.DoesNotContain(".cs:line", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(ThrowingAnalyzer.Secret, raw, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>A .NET stack frame: "at Namespace.Type.Method(".</summary>
    [GeneratedRegex(@"\bat [A-Za-z_][\w.`<>+]*\(")]
    private static partial Regex StackFrame();

    /// <summary>An exception's type name, such as InvalidOperationException or BadHttpRequestException.</summary>
    [GeneratedRegex(@"[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionTypeName();

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

    /// <summary>The app on Kestrel on a free 127.0.0.1 port (as the browser tests run it), for requests TestServer cannot send.</summary>
    private sealed class KestrelHost : IDisposable
    {
        private readonly WebApplicationFactory<Program> factory = new();

        public KestrelHost()
        {
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
            Address = new Uri(addresses.Single());
        }

        public Uri Address { get; }

        /// <summary>Writes the bytes of <paramref name="request"/> as they are and reads the answer until the server closes the connection.</summary>
        public async Task<RawResponse> SendRawAsync(string request)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(Address.Host, Address.Port, timeout.Token);
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
            using var received = new MemoryStream();
            await stream.CopyToAsync(received, timeout.Token);
            return RawResponse.Parse(received.ToArray());
        }

        public void Dispose() => factory.Dispose();
    }

    /// <summary>An HTTP/1.1 response read off the wire: status, headers, and the body (de-chunked).</summary>
    private sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        public static RawResponse Parse(byte[] raw)
        {
            var end = raw.AsSpan().IndexOf("\r\n\r\n"u8);
            Assert.True(end > 0, $"no complete HTTP response: '{Encoding.UTF8.GetString(raw)}'");
            var lines = Encoding.ASCII.GetString(raw, 0, end).Split("\r\n");
            var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }

            var body = raw.AsSpan(end + 4);
            if (!headers.TryGetValue("Transfer-Encoding", out var encoding) || !encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                return new RawResponse(status, headers, Encoding.UTF8.GetString(body));
            }

            // Chunked: "<size in hex>\r\n<size bytes>\r\n" until a chunk of size 0.
            using var joined = new MemoryStream();
            while (true)
            {
                var eol = body.IndexOf("\r\n"u8);
                var size = int.Parse(Encoding.ASCII.GetString(body[..eol]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    return new RawResponse(status, headers, Encoding.UTF8.GetString(joined.ToArray()));
                }

                joined.Write(body.Slice(eol + 2, size));
                body = body[(eol + 2 + size + 2)..];
            }
        }
    }

    /// <summary>A readable stream that does not report its length, so the request goes without Content-Length.</summary>
    private sealed class NoLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
