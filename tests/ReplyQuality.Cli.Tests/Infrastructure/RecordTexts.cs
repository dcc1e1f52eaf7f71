using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// The text of every record in an input file, read independently of reply-lint, keyed by the line the README says
/// the tool reports for it (line of the JSON object, JSONL line, CSV/TSV row, YAML mapping, resx &lt;data&gt;).
/// A .txt/.md file is one record: its whole content, under key 0. Written for the fixtures' layout: one JSON record
/// per line, no line breaks inside CSV fields, YAML <c>text</c> as a one-line double-quoted scalar.
/// </summary>
internal static class RecordTexts
{
    public static Dictionary<int, string> Read(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".TXT" or ".MD" => new Dictionary<int, string> { [0] = File.ReadAllText(path) },
        ".JSON" or ".JSONL" => JsonLines(path),
        ".CSV" => Delimited(path, ','),
        ".TSV" => Delimited(path, '\t'),
        ".YAML" or ".YML" => Yaml(path),
        ".RESX" => Resx(path),
        _ => throw new NotSupportedException($"No reader for {path}."),
    };

    /// <summary>The text of the record a result stands for: the whole file for .txt/.md, else the record at the result's line.</summary>
    public static string For(JsonObject result, string workingDirectory, Dictionary<string, Dictionary<int, string>> cache)
    {
        var file = result.Text("file") ?? throw new InvalidOperationException($"Result without \"file\": {result.Show()}");
        var path = Path.GetFullPath(Path.Combine(workingDirectory, file));
        if (!cache.TryGetValue(path, out var texts))
        {
            texts = Read(path);
            cache[path] = texts;
        }

        if (texts.TryGetValue(0, out var whole))
        {
            return whole;
        }

        var line = result.Integer("line") ?? -1;
        return texts.TryGetValue(line, out var text)
            ? text
            : throw new InvalidOperationException($"No record of {file} starts at line {line} (records start at lines {string.Join(", ", texts.Keys)}): {result.Show()}");
    }

    private static Dictionary<int, string> JsonLines(string path)
    {
        var texts = new Dictionary<int, string>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimEnd(',');
            if (line.StartsWith('{') && TryText(line, out var text))
            {
                texts[i + 1] = text;
            }
        }

        return texts;
    }

    private static bool TryText(string json, out string text)
    {
        text = string.Empty;
        try
        {
            if (JsonNode.Parse(json) is JsonObject record && record.Text("text") is { } value)
            {
                text = value;
                return true;
            }
        }
        catch (JsonException)
        {
            // A malformed line has no text.
        }

        return false;
    }

    private static Dictionary<int, string> Delimited(string path, char separator)
    {
        var texts = new Dictionary<int, string>();
        var lines = File.ReadAllLines(path);
        var column = SplitRow(lines[0], separator).IndexOf("text");
        for (var i = 1; i < lines.Length && column >= 0; i++)
        {
            var cells = SplitRow(lines[i], separator);
            if (column < cells.Count)
            {
                texts[i + 1] = cells[column];
            }
        }

        return texts;
    }

    /// <summary>One row, with RFC 4180 quoting ("a, b" and "" for a quote).</summary>
    private static List<string> SplitRow(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static Dictionary<int, string> Yaml(string path)
    {
        var texts = new Dictionary<int, string>();
        var lines = File.ReadAllLines(path);
        var recordLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                recordLine = i + 1;
                line = line[2..].Trim();
            }

            if (recordLine > 0 && line.StartsWith("text:", StringComparison.Ordinal))
            {
                texts[recordLine] = JsonSerializer.Deserialize<string>(line["text:".Length..].Trim()) ?? string.Empty;
            }
        }

        return texts;
    }

    private static Dictionary<int, string> Resx(string path)
    {
        var document = XDocument.Parse(File.ReadAllText(path), LoadOptions.SetLineInfo);
        var texts = new Dictionary<int, string>();
        foreach (var data in document.Descendants("data"))
        {
            texts[((IXmlLineInfo)data).LineNumber] = data.Element("value")?.Value ?? string.Empty;
        }

        return texts;
    }
}
