using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReplyQuality.Cli.Tests;

/// <summary>Small, forgiving accessors over System.Text.Json nodes: a missing or mistyped field reads as null.</summary>
internal static class JsonAccess
{
    /// <summary>Parses a JSON object, or throws with <paramref name="context"/> (usually the run) in the message.</summary>
    public static JsonObject ParseObject(string json, string what, string context)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{what} is not valid JSON: {e.Message}{Environment.NewLine}{context}", e);
        }

        return node as JsonObject ?? throw new InvalidOperationException($"{what} is not a JSON object.{Environment.NewLine}{context}");
    }

    /// <summary>Follows a dotted path ("runs.0.tool.driver"): names index objects, numbers index arrays.</summary>
    public static JsonNode? At(this JsonNode? node, string dottedPath)
    {
        foreach (var segment in dottedPath.Split('.'))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The objects of an array (other elements skipped); empty when the node is not an array.</summary>
    public static List<JsonObject> Objects(this JsonNode? node) =>
        node is JsonArray array ? [.. array.OfType<JsonObject>()] : [];

    public static string? Text(this JsonNode? node, string name) =>
        node.At(name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? Integer(this JsonNode? node, string name) =>
        node.At(name) is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static double? Number(this JsonNode? node, string name) =>
        node.At(name) is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    public static bool? Flag(this JsonNode? node, string name) =>
        node.At(name) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>A result's findings.</summary>
    public static List<JsonObject> Findings(this JsonObject result) => result["findings"].Objects();

    /// <summary>A result's finding for <paramref name="ruleId"/>, if any.</summary>
    public static JsonObject? Finding(this JsonObject result, string ruleId) =>
        result.Findings().Find(f => f.Text("ruleId") == ruleId);

    /// <summary>The rule ids of a result's findings.</summary>
    public static List<string> RuleIds(this JsonObject result) =>
        [.. result.Findings().Select(f => f.Text("ruleId") ?? "(no ruleId)")];

    /// <summary>A finding's spans.</summary>
    public static List<JsonObject> Spans(this JsonObject finding) => finding["spans"].Objects();

    /// <summary>The file name (no folder) of a result's <c>file</c>.</summary>
    public static string FileName(this JsonObject result) =>
        Path.GetFileName((result.Text("file") ?? string.Empty).Replace('\\', '/'));

    /// <summary>A result for a record that could not be read: an <c>error</c> field and no score.</summary>
    public static bool IsReadError(this JsonObject result) =>
        !string.IsNullOrWhiteSpace(result.Text("error"));

    /// <summary>True when the result carries no score (absent or null).</summary>
    public static bool HasNoScore(this JsonObject result) =>
        !result.TryGetPropertyValue("score", out var score) || score is null;

    /// <summary>Compact JSON for messages.</summary>
    public static string Show(this JsonNode? node) => node?.ToJsonString() ?? "null";
}
