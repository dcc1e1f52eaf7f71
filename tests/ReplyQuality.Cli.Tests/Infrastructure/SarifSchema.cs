using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ReplyQuality.Cli.Tests;

/// <summary>Validates SARIF logs against the OASIS SARIF 2.1.0 JSON schema (Schemas/sarif-schema-2.1.0.json).</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Every schema violation in <paramref name="sarifJson"/>; empty when it is valid.</summary>
    public static List<string> Validate(string sarifJson)
    {
        using var document = JsonDocument.Parse(sarifJson);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = new List<string>();
        if (!results.IsValid)
        {
            Collect(results, errors);
            if (errors.Count == 0)
            {
                errors.Add("The log is invalid, but the validator gave no details.");
            }
        }

        return errors;
    }

    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.Errors is not null)
        {
            foreach (var (keyword, message) in node.Errors)
            {
                errors.Add($"at '{node.InstanceLocation}' (schema path '{node.EvaluationPath}') {keyword}: {message}");
            }
        }

        if (node.Details is not null)
        {
            foreach (var detail in node.Details)
            {
                Collect(detail, errors);
            }
        }
    }

    private static JsonSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");
        var schema = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidOperationException($"{path} is not a JSON object.");

        // The OASIS file (errata01) declares draft-04 ("$schema" draft-04 and a draft-04 "id"). JsonSchema.Net 8 has no
        // draft-04 dialect; the schema only uses keywords that mean the same in draft-07, so it is evaluated as draft-07.
        // The "id" is dropped so the schema gets a fresh base URI and never clashes in the global schema registry.
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString());
    }
}
