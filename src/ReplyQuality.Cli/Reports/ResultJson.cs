using System.Text.Json;
using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary>The JSON shape of a result (CONTRACT.md §2), shared by the json and jsonl formats.</summary>
internal static class ResultJson
{
    /// <summary>Name of the tool in reports.</summary>
    public const string ToolName = "reply-lint";

    /// <summary>The tool's version.</summary>
    public static string Version { get; } =
        typeof(ResultJson).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>What analyses the replies: the library's embedded rules and sentence model.</summary>
    public static string Model
    {
        get => field ?? DefaultModel;
        set;
    }

    /// <summary>The embedded model's name and the library's version.</summary>
    public static string DefaultModel { get; } = $"{ReplyModel.DefaultName}@{typeof(ReplyAnalyzer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";

    /// <summary>JSON writer settings: compact, non-ASCII kept readable.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one result object.</summary>
    public static void Write(Utf8JsonWriter json, LintResult result)
    {
        var record = result.Record;
        json.WriteStartObject();
        json.WriteString("id", record.Id);
        json.WriteString("file", record.File);
        json.WriteNumber("line", record.Line);
        if (result.Error is not null || result.Assessment is null)
        {
            json.WriteString("error", result.Error);
            json.WriteEndObject();
            return;
        }

        var assessment = result.Assessment;
        json.WriteNumber("score", assessment.Score);
        json.WriteString("verdict", Names.Verdict(assessment.Verdict));
        json.WriteString("language", assessment.Language);
        json.WriteString("messageKind", Names.Kind(assessment.MessageKind));
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("name", finding.Name);
            json.WriteString("category", Names.Lower(finding.Category));
            json.WriteString("severity", Names.Lower(finding.Severity));
            json.WriteString("message", finding.Message);
            json.WriteString("explanation", finding.Explanation);
            json.WriteString("suggestion", finding.Suggestion);
            json.WriteNumber("confidence", Math.Round(finding.Confidence, 2));
            json.WriteString("source", Names.Lower(finding.Source));
            json.WriteString("helpUri", finding.HelpUri.AbsoluteUri);
            json.WriteStartArray("spans");
            foreach (var span in finding.Spans)
            {
                json.WriteStartObject();
                json.WriteNumber("start", span.Start);
                json.WriteNumber("length", span.Length);
                json.WriteString("text", span.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the tool object.</summary>
    public static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteString("name", ToolName);
        json.WriteString("version", Version);
        json.WriteString("model", Model);
        json.WriteEndObject();
    }

    /// <summary>Writes the summary object.</summary>
    public static void WriteSummary(Utf8JsonWriter json, LintSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("records", summary.Records);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("infos", summary.Infos);
        json.WriteNumber("readErrors", summary.ReadErrors);
        json.WriteBoolean("failed", summary.Failed);
        json.WriteEndObject();
    }
}

/// <summary>Lower-case and kebab-case names of the library's enums, as they appear in reports.</summary>
internal static class Names
{
    /// <summary>The enum value in lower case.</summary>
    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>good, needs-work or poor.</summary>
    public static string Verdict(Verdict verdict) => verdict switch
    {
        ReplyQuality.Verdict.Good => "good",
        ReplyQuality.Verdict.NeedsWork => "needs-work",
        _ => "poor",
    };

    /// <summary>complaint, praise, question or unknown.</summary>
    public static string Kind(MessageKind kind) => Lower(kind);
}
