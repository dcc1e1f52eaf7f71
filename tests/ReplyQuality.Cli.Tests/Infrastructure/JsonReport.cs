using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>A parsed <c>--format json</c> report (tool, results, summary), with the run it came from for messages.</summary>
internal sealed class JsonReport
{
    private JsonReport(RunResult run, JsonObject root, List<JsonObject> results, JsonObject summary)
    {
        Run = run;
        Root = root;
        Results = results;
        Summary = summary;
    }

    public RunResult Run { get; }

    public JsonObject Root { get; }

    public List<JsonObject> Results { get; }

    public JsonObject Summary { get; }

    /// <summary>Parses the run's standard output.</summary>
    public static JsonReport Parse(RunResult run) => Parse(run.Stdout, run);

    /// <summary>Parses <paramref name="json"/> (for example a file written with <c>--output</c>).</summary>
    public static JsonReport Parse(string json, RunResult run)
    {
        var root = JsonAccess.ParseObject(json, "The JSON report", run.ToString());
        if (root["results"] is not JsonArray results)
        {
            throw new InvalidOperationException(run.Because("The JSON report has no \"results\" array."));
        }

        if (root["summary"] is not JsonObject summary)
        {
            throw new InvalidOperationException(run.Because("The JSON report has no \"summary\" object."));
        }

        return new JsonReport(run, root, results.Objects(), summary);
    }

    /// <summary>The result for the record <paramref name="id"/>; fails the test when there is none.</summary>
    public JsonObject Result(string id) =>
        Results.Find(r => r.Text("id") == id)
        ?? throw new InvalidOperationException(Run.Because($"The report has no result with id \"{id}\"; ids: {string.Join(", ", Results.Select(r => r.Text("id")))}."));

    /// <summary>The results whose <c>file</c> has the file name <paramref name="fileName"/>.</summary>
    public List<JsonObject> ResultsFor(string fileName) => Results.FindAll(r => r.FileName() == fileName);

    /// <summary>All findings of all results.</summary>
    public List<JsonObject> AllFindings() => [.. Results.SelectMany(r => r.Findings())];

    /// <summary>An assertion message with the whole run.</summary>
    public string Because(string expectation) => Run.Because(expectation);
}
