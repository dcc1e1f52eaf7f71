using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReplyQuality.Cli.Inputs;

/// <summary>
/// Reads replies from every input format reply-lint understands. Reading never throws: a file or record that
/// cannot be read becomes a record with an error, and reading goes on with the next one.
/// </summary>
internal static class ReplySources
{
    /// <summary>File extensions read when a folder is given.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".json", ".jsonl", ".csv", ".tsv", ".yaml", ".yml", ".resx",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the records of one file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="display">How the file is named in reports.</param>
    /// <param name="maxLength">Longest reply accepted; longer ones become error records.</param>
    public static IEnumerable<ReplyRecord> ReadFile(string path, string display, int maxLength)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            return ReadJsonLinesFile(path, display, maxLength);
        }

        return ReadWhole(path, display, maxLength, extension);
    }

    /// <summary>Reads JSONL records from a reader (standard input), one per line, streaming.</summary>
    public static IEnumerable<ReplyRecord> ReadJsonLines(TextReader reader, string display, int maxLength)
    {
        var lineNumber = 0;
        var index = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            index++;
            yield return ParseJsonLine(line, display, index, lineNumber, maxLength);
        }
    }

    private static IEnumerable<ReplyRecord> ReadJsonLinesFile(string path, string display, int maxLength)
    {
        StreamReader? reader = null;
        string? error = null;
        try
        {
            reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (IsReadError(e))
        {
            error = ReadErrorMessage(e);
        }

        if (reader is null)
        {
            yield return ReplyRecord.Failed(display, 1, 1, error!);
            yield break;
        }

        using (reader)
        {
            var lineNumber = 0;
            var index = 0;
            while (true)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (IsReadError(e))
                {
                    error = ReadErrorMessage(e);
                    line = null;
                }

                if (error is not null)
                {
                    yield return ReplyRecord.Failed(display, index + 1, lineNumber + 1, error);
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                index++;
                yield return ParseJsonLine(line, display, index, lineNumber, maxLength);
            }
        }
    }

    private static ReplyRecord ParseJsonLine(string line, string display, int index, int lineNumber, int maxLength)
    {
        try
        {
            using var document = JsonDocument.Parse(line, JsonOptions);
            return FromJson(document.RootElement, display, index, lineNumber, maxLength);
        }
        catch (JsonException e)
        {
            return ReplyRecord.Failed(display, index, lineNumber, $"malformed JSON: {e.Message}");
        }
    }

    private static List<ReplyRecord> ReadWhole(string path, string display, int maxLength, string extension)
    {
        string content;
        try
        {
            content = File.ReadAllText(path, StrictUtf8);
        }
        catch (Exception e) when (IsReadError(e))
        {
            return [ReplyRecord.Failed(display, 1, 1, ReadErrorMessage(e))];
        }

        if (content.Contains('\0', StringComparison.Ordinal))
        {
            return [ReplyRecord.Failed(display, 1, 1, "binary file (contains NUL characters)")];
        }

        try
        {
            return extension switch
            {
                ".txt" or ".md" => [WholeFile(content, display, maxLength)],
                ".json" => ReadJson(content, display, maxLength),
                ".csv" => ReadDelimited(content, display, maxLength, ","),
                ".tsv" => ReadDelimited(content, display, maxLength, "\t"),
                ".yaml" or ".yml" => ReadYaml(content, display, maxLength),
                ".resx" => ReadResx(content, display, maxLength),
                _ => [ReplyRecord.Failed(display, 1, 1, $"unsupported file type '{extension}'")],
            };
        }
        catch (Exception e) when (e is JsonException or YamlException or XmlException or CsvHelperException or FormatException or InvalidOperationException)
        {
            return [ReplyRecord.Failed(display, 1, 1, $"cannot parse {extension.TrimStart('.')}: {FirstLine(e.Message)}")];
        }
    }

    private static ReplyRecord WholeFile(string content, string display, int maxLength)
    {
        var id = Path.GetFileNameWithoutExtension(display);
        if (content.Length > maxLength)
        {
            return ReplyRecord.Failed(display, 1, 1, TooLong(content.Length, maxLength)) with { Id = id };
        }

        return new ReplyRecord
        {
            File = display,
            Index = 1,
            Line = 1,
            Id = id,
            Text = content,
            IsWholeFile = true,
            Suppressed = Suppressions.FromText(content),
        };
    }

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static List<ReplyRecord> ReadJson(string content, string display, int maxLength)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var records = new List<ReplyRecord>();
        if (!reader.Read())
        {
            return records;
        }

        // An array of records, or an object whose "replies" (or "records") property is one.
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var found = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1
                    && (reader.ValueTextEquals("replies") || reader.ValueTextEquals("records")))
                {
                    reader.Read();
                    found = true;
                    break;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (!found)
            {
                return [ReplyRecord.Failed(display, 1, 1, "a .json input must be an array of records or an object with a \"replies\" array")];
            }
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return [ReplyRecord.Failed(display, 1, 1, "a .json input must be an array of records or an object with a \"replies\" array")];
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            index++;
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            using var element = JsonDocument.ParseValue(ref reader);
            records.Add(element.RootElement.ValueKind == JsonValueKind.Object
                ? FromJson(element.RootElement, display, index, line, maxLength)
                : ReplyRecord.Failed(display, index, line, "a record must be a JSON object with a \"text\" field"));
        }

        return records;
    }

    private static ReplyRecord FromJson(JsonElement element, string display, int index, int line, int maxLength)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ReplyRecord.Failed(display, index, line, "a record must be a JSON object with a \"text\" field");
        }

        string? Get(string name) => element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;

        var suppress = new List<string?>();
        if (element.TryGetProperty("suppress", out var s))
        {
            if (s.ValueKind == JsonValueKind.Array)
            {
                suppress.AddRange(s.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()));
            }
            else if (s.ValueKind == JsonValueKind.String)
            {
                suppress.Add(s.GetString());
            }
        }

        return Build(Get, suppress, display, index, line, maxLength);
    }

    private static List<ReplyRecord> ReadDelimited(string content, string display, int maxLength, string delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        using var reader = new StringReader(content);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            return [ReplyRecord.Failed(display, 1, 1, "empty file: expected a header row with a 'text' column")];
        }

        var columns = header.Select((name, i) => (Name: name.Trim(), Index: i))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Index, StringComparer.OrdinalIgnoreCase);
        if (!columns.ContainsKey("text"))
        {
            return [ReplyRecord.Failed(display, 1, 1, $"no 'text' column in the header (columns: {string.Join(", ", header)})")];
        }

        var records = new List<ReplyRecord>();
        var index = 0;
        while (csv.Read())
        {
            index++;
            var line = csv.Parser.RawRow;
            string? Get(string name) => columns.TryGetValue(name, out var i) && i < csv.Parser.Count ? csv.GetField(i) : null;
            records.Add(Build(Get, [Get("suppress")], display, index, line, maxLength));
        }

        return records;
    }

    private static List<ReplyRecord> ReadYaml(string content, string display, int maxLength)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(content));
        var records = new List<ReplyRecord>();
        if (stream.Documents.Count == 0)
        {
            return records;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map)
        {
            root = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "replies" or "records" }).Value;
        }

        if (root is not YamlSequenceNode sequence)
        {
            return [ReplyRecord.Failed(display, 1, 1, "a YAML input must be a sequence of records or a mapping with a 'replies' sequence")];
        }

        var index = 0;
        foreach (var node in sequence.Children)
        {
            index++;
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode record)
            {
                records.Add(ReplyRecord.Failed(display, index, line, "a record must be a mapping with a 'text' key"));
                continue;
            }

            string? Get(string name) => record.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
            var suppress = new List<string?>();
            if (record.Children.TryGetValue(new YamlScalarNode("suppress"), out var s))
            {
                if (s is YamlSequenceNode list)
                {
                    suppress.AddRange(list.Children.OfType<YamlScalarNode>().Select(n => n.Value));
                }
                else if (s is YamlScalarNode one)
                {
                    suppress.Add(one.Value);
                }
            }

            records.Add(Build(Get, suppress, display, index, line, maxLength));
        }

        return records;
    }

    private static List<ReplyRecord> ReadResx(string content, string display, int maxLength)
    {
        var records = new List<ReplyRecord>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(content), settings);
        var info = (IXmlLineInfo)reader;
        var index = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "data")
            {
                continue;
            }

            var name = reader.GetAttribute("name");
            var type = reader.GetAttribute("type");
            var line = info.LineNumber;
            if (type is not null || reader.IsEmptyElement)
            {
                continue; // not a string resource
            }

            string? value = null;
            string? comment = null;
            using (var data = reader.ReadSubtree())
            {
                while (data.Read())
                {
                    if (data.NodeType == XmlNodeType.Element && data.Name == "value")
                    {
                        value = data.ReadElementContentAsString();
                    }

                    if (data.NodeType == XmlNodeType.Element && data.Name == "comment")
                    {
                        comment = data.ReadElementContentAsString();
                    }
                }
            }

            index++;
            string? Get(string field) => field switch
            {
                "id" => name,
                "text" => value,
                _ => null,
            };
            records.Add(Build(Get, [comment is null ? null : string.Join(' ', Suppressions.FromText(comment))], display, index, line, maxLength));
        }

        return records;
    }

    private static ReplyRecord Build(Func<string, string?> get, IEnumerable<string?> suppress, string display, int index, int line, int maxLength)
    {
        var id = get("id") is { Length: > 0 } given ? given : ReplyRecord.DefaultId(display, index);
        var text = get("text");
        if (text is null)
        {
            return ReplyRecord.Failed(display, index, line, "the record has no 'text'") with { Id = id };
        }

        if (text.Length > maxLength)
        {
            return ReplyRecord.Failed(display, index, line, TooLong(text.Length, maxLength)) with { Id = id };
        }

        DateTimeOffset? received = null, responded = null;
        string? error = null;
        if (get("receivedAt") is { Length: > 0 } r)
        {
            received = ParseTime(r, "receivedAt", ref error);
        }

        if (get("respondedAt") is { Length: > 0 } a)
        {
            responded = ParseTime(a, "respondedAt", ref error);
        }

        if (error is not null)
        {
            return ReplyRecord.Failed(display, index, line, error) with { Id = id };
        }

        return new ReplyRecord
        {
            File = display,
            Index = index,
            Line = line,
            Id = id,
            Text = text,
            CustomerMessage = get("customerMessage") is { Length: > 0 } c ? c : null,
            Language = get("language") is { Length: > 0 } l ? l.Trim().ToLowerInvariant() : null,
            ReceivedAt = received,
            RespondedAt = responded,
            Suppressed = Suppressions.FromList(suppress),
        };
    }

    private static DateTimeOffset? ParseTime(string value, string field, ref string? error)
    {
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        error ??= $"'{field}' is not a date and time: '{value}' (use ISO 8601, such as 2026-03-02T10:15:00Z)";
        return null;
    }

    private static string TooLong(int length, int maxLength) =>
        $"the reply is {length} characters long; the limit is {maxLength}";

    private static bool IsReadError(Exception e) =>
        e is IOException or UnauthorizedAccessException or DecoderFallbackException or System.Security.SecurityException;

    private static string ReadErrorMessage(Exception e) => e switch
    {
        DecoderFallbackException => "not valid UTF-8 text",
        FileNotFoundException or DirectoryNotFoundException => "file not found",
        UnauthorizedAccessException => "permission denied",
        _ => $"cannot read: {FirstLine(e.Message)}",
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static int[] LineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int LineOf(int[] lineStarts, long offset)
    {
        var i = Array.BinarySearch(lineStarts, (int)offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }
}
