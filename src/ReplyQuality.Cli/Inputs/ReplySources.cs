using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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
        ".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".tsv", ".yaml", ".yml", ".resx",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the records of one file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="display">How the file is named in reports.</param>
    /// <param name="maxLength">Longest reply accepted; longer ones become error records.</param>
    /// <param name="options">How JSON and CSV inputs are laid out (<c>--input-format</c>, <c>--select</c>); default: sniffed.</param>
    public static IEnumerable<ReplyRecord> ReadFile(string path, string display, int maxLength, InputOptions? options = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            return ReadJsonLinesFile(path, display, maxLength);
        }

        return ReadWhole(path, display, maxLength, extension, options ?? InputOptions.Default);
    }

    /// <summary>
    /// Reads JSONL records from a stream (standard input), one per line, streaming: each record is returned as soon
    /// as its line has arrived. A line that is not valid UTF-8 or not a JSON object becomes an error record in its
    /// place and reading goes on; a failure of the stream itself ends the input with an error record.
    /// </summary>
    public static IEnumerable<ReplyRecord> ReadJsonLines(Stream stream, string display, int maxLength)
    {
        var lines = new Utf8LineReader(stream, MaxLineBytes(maxLength));
        var index = 0;
        while (true)
        {
            ReplyRecord? record;
            var failed = false;
            try
            {
                record = NextJsonLine(lines, display, ref index, maxLength);
            }
            catch (Exception e) when (IsReadError(e))
            {
                record = ReplyRecord.Failed(display, index + 1, lines.LineNumber + 1, ReadErrorMessage(e));
                failed = true;
            }

            if (record is null)
            {
                yield break;
            }

            yield return record;
            if (failed)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The longest JSONL line read, in UTF-8 bytes: room for a text and a customer message at the length limit with
    /// every character escaped (<c>\uXXXX</c>, 6 bytes each), and the other fields; at least 16 MiB.
    /// </summary>
    private static int MaxLineBytes(int maxLength) => (int)Math.Clamp(16L * maxLength, 16L << 20, Array.MaxLength - 1);

    private static ReplyRecord? NextJsonLine(Utf8LineReader lines, string display, ref int index, int maxLength)
    {
        while (lines.TryReadLine(out var line, out var tooLong))
        {
            if (tooLong)
            {
                index++;
                return ReplyRecord.Failed(display, index, lines.LineNumber, $"the line is longer than {MaxLineBytes(maxLength)} bytes, more than any record within the {maxLength}-character limit");
            }

            if (line.Span.IndexOfAnyExcept(" \t\r\f\v"u8) < 0)
            {
                continue;
            }

            index++;
            if (!System.Text.Unicode.Utf8.IsValid(line.Span))
            {
                return ReplyRecord.Failed(display, index, lines.LineNumber, "not valid UTF-8 text");
            }

            try
            {
                using var document = JsonDocument.Parse(line, JsonOptions);
                return FromJson(document.RootElement, display, index, lines.LineNumber, maxLength);
            }
            catch (JsonException e)
            {
                return ReplyRecord.Failed(display, index, lines.LineNumber, $"malformed JSON: {e.Message}");
            }
        }

        return null;
    }

    private static IEnumerable<ReplyRecord> ReadJsonLinesFile(string path, string display, int maxLength)
    {
        FileStream? stream = null;
        string? error = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (IsReadError(e))
        {
            error = ReadErrorMessage(e);
        }

        if (stream is null)
        {
            yield return ReplyRecord.Failed(display, 1, 1, error!);
            yield break;
        }

        using (stream)
        {
            foreach (var record in ReadJsonLines(stream, display, maxLength))
            {
                yield return record;
            }
        }
    }

    private static List<ReplyRecord> ReadWhole(string path, string display, int maxLength, string extension, InputOptions options)
    {
        string content;
        try
        {
            // A reply file too big to be within the limit is not read at all (at most 3 UTF-8 bytes per character,
            // and a byte order mark).
            if (extension is ".txt" or ".md" or ".html" or ".htm")
            {
                var bytes = new FileInfo(path).Length;
                if (bytes > (3L * maxLength) + 3)
                {
                    return [ReplyRecord.Failed(display, 1, 1, $"the file is {bytes} bytes long, more than a reply within the {maxLength}-character limit can be") with { Id = Path.GetFileNameWithoutExtension(display) }];
                }
            }

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
                ".html" or ".htm" => [WholeFile(content, display, maxLength) with { Format = ReplyFormat.Html }],
                ".json" => ReadJsonInput(content, display, maxLength, options),
                ".csv" => ReadDelimited(content, display, maxLength, ",", options.Format),
                ".tsv" => ReadDelimited(content, display, maxLength, "\t", options.Format),
                ".yaml" or ".yml" => ReadYaml(content, display, maxLength),
                ".resx" => ReadResx(content, display, maxLength),
                _ => [ReplyRecord.Failed(display, 1, 1, $"unsupported file type '{extension}'")],
            };
        }
        catch (Exception e) when (e is JsonException or YamlException or XmlException or CsvHelperException or FormatException or InvalidOperationException)
        {
            return [ReplyRecord.Failed(display, 1, 1, $"cannot parse {extension.TrimStart('.')}: {FirstLine(e.Message)}")];
        }
#pragma warning disable CA1031 // One file must never stop a run: whatever a parser throws on it becomes that file's error.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return [ReplyRecord.Failed(display, 1, 1, $"cannot parse {extension.TrimStart('.')}: {e.GetType().Name}: {FirstLine(e.Message)}")];
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

    /// <summary>
    /// Reads a .json input: through <c>--select</c> when given; else as the shape forced with <c>--input-format</c>
    /// or sniffed from the content (help-desk exports); reply-lint's own records — and anything that is not a
    /// recognised export — are read exactly as records always were.
    /// </summary>
    private static List<ReplyRecord> ReadJsonInput(string content, string display, int maxLength, InputOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var lineStarts = LineStarts(bytes);
        if (options.Select is null && options.Format == InputFormat.Records)
        {
            return ReadJson(bytes, lineStarts, display, maxLength);
        }

        LocatedJson? root;
        try
        {
            root = LocatedJson.Parse(bytes, lineStarts);
        }
        catch (JsonException) when (options.Select is null && options.Format == InputFormat.Auto)
        {
            return ReadJson(bytes, lineStarts, display, maxLength); // fails the same way, with the message it always gave
        }

        if (root is null)
        {
            return [];
        }

        if (options.Select is { } select)
        {
            return HelpDeskExports.ReadSelected(root, select, options.SelectId, display, maxLength);
        }

        var shape = options.Format == InputFormat.Auto ? HelpDeskExports.Sniff(root) : options.Format;
        return shape == InputFormat.Records
            ? ReadJson(bytes, lineStarts, display, maxLength)
            : HelpDeskExports.Read(root, shape, display, maxLength);
    }

    private static List<ReplyRecord> ReadJson(byte[] bytes, int[] lineStarts, string display, int maxLength)
    {
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
        try
        {
            return FromJsonObject(element, display, index, line, maxLength);
        }
        catch (InvalidOperationException e)
        {
            // A string that is valid JSON but not text, such as an escaped lone surrogate ("\ud800").
            return ReplyRecord.Failed(display, index, line, $"malformed JSON: {FirstLine(e.Message)}");
        }
    }

    private static ReplyRecord FromJsonObject(JsonElement element, string display, int index, int line, int maxLength)
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

    /// <summary>
    /// Reads a CSV or TSV file. A row whose quoted field is not closed properly (an unbalanced quote) would swallow
    /// the rows after it into one field: it becomes an error record at its first line, and reading starts again on
    /// the line after that one, so the rows it swallowed are read as rows.
    /// </summary>
    private static List<ReplyRecord> ReadDelimited(string content, string display, int maxLength, string delimiter, InputFormat inputFormat)
    {
        var records = new List<ReplyRecord>();
        var format = delimiter == "\t" ? "TSV" : "CSV";
        Dictionary<string, int>? columns = null;
        FreshdeskColumns? freshdesk = null;
        var index = 0;
        var linesBefore = 0; // lines of the file before the text being parsed
        var lineStarts = CharLineStarts(content);
        while (true)
        {
            var malformed = false;
            var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = delimiter,
                HasHeaderRecord = false,
                BadDataFound = bad => malformed |= bad.Field.AsSpan().TrimStart().StartsWith('"'),
                MissingFieldFound = null,
                DetectColumnCountChanges = false,
                TrimOptions = TrimOptions.None,
            };
            using var reader = new StringReader(linesBefore == 0 ? content : content[lineStarts[linesBefore]..]);
            using var parser = new CsvParser(reader, configuration);
            if (columns is null)
            {
                if (!parser.Read() || parser.Record is not { } header)
                {
                    return [ReplyRecord.Failed(display, 1, 1, "empty file: expected a header row with a 'text' column")];
                }

                columns = header.Select((name, i) => (Name: name.Trim(), Index: i))
                    .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().Index, StringComparer.OrdinalIgnoreCase);
                freshdesk = FreshdeskColumns.Find(header, inputFormat, columns.ContainsKey("text"));
                if (!columns.ContainsKey("text") && freshdesk is null)
                {
                    return [ReplyRecord.Failed(display, 1, 1, $"no 'text' column in the header (columns: {string.Join(", ", header)})")];
                }

                malformed = false;
            }

            var restart = false;
            while (parser.Read())
            {
                index++;
                _ = parser.Record; // fields are parsed when read: read them all, so a bad one is reported now
                var raw = parser.RawRecord;
                var offset = lineStarts[linesBefore] + (int)parser.CharCount - raw.Length;
                var line = LineOf(lineStarts, offset);
                var breaks = raw.AsSpan().TrimEnd("\r\n").Count('\n');
                string? Field(string name) => columns.TryGetValue(name, out var i) && i < parser.Count ? parser[i] : null;
                string? Cell(int i) => i >= 0 && i < parser.Count ? parser[i] : null;
                var get = freshdesk is null ? Field : freshdesk.Adapt(Cell);
                string? Get(string name) => get(name);
                if (!malformed)
                {
                    records.Add(freshdesk is not null && Get("text") is null
                        ? ReplyRecord.Failed(display, index, line, "the canned response is empty: no Content or Content HTML") with { Id = Get("id") ?? ReplyRecord.DefaultId(display, index) }
                        : Build(Get, [Get("suppress")], display, index, line, maxLength));
                    continue;
                }

                var id = Get("id") is { Length: > 0 } given && !given.Contains('\n', StringComparison.Ordinal) ? given : ReplyRecord.DefaultId(display, index);
                records.Add(ReplyRecord.Failed(display, index, line, $"malformed {format} row: a quoted field is not closed properly (unbalanced quote)") with { Id = id });
                malformed = false;
                if (breaks > 0 && line < lineStarts.Length)
                {
                    // The row ran on over the lines after its first one: read those again as rows of their own.
                    linesBefore = line;
                    restart = true;
                    break;
                }
            }

            if (!restart)
            {
                return records;
            }
        }
    }

    /// <summary>The deepest nesting of YAML collections read (as deep as System.Text.Json reads JSON).</summary>
    private const int MaxYamlDepth = 64;

    private static List<ReplyRecord> ReadYaml(string content, string display, int maxLength)
    {
        // YamlStream builds its nodes recursively: a file nested thousands of levels deep would overflow the stack and
        // end the process. Walk the events first (the parser keeps its own stack) and refuse such a file.
        var events = new Parser(new StringReader(content));
        var depth = 0;
        while (events.MoveNext())
        {
            switch (events.Current)
            {
                case SequenceStart or MappingStart:
                    if (++depth > MaxYamlDepth)
                    {
                        throw new YamlException(events.Current.Start, events.Current.End, $"collections nested deeper than {MaxYamlDepth} levels");
                    }

                    break;
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }
        }

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

        var format = ReplyFormat.Auto;
        if (get("format") is { Length: > 0 } f && !TryParseFormat(f, out format))
        {
            error ??= $"'format' must be html, markdown or text, not '{f}'";
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
            Format = format,
            Suppressed = Suppressions.FromList(suppress),
        };
    }

    /// <summary>A record's <c>format</c>: <c>html</c>, <c>markdown</c> (<c>md</c>), <c>text</c> (<c>plain</c>) or <c>auto</c>.</summary>
    private static bool TryParseFormat(string value, out ReplyFormat format)
    {
        format = value.Trim().ToLowerInvariant() switch
        {
            "html" or "htm" => ReplyFormat.Html,
            "markdown" or "md" => ReplyFormat.Markdown,
            "text" or "plain" or "plaintext" or "txt" => ReplyFormat.PlainText,
            "auto" => ReplyFormat.Auto,
            _ => (ReplyFormat)(-1),
        };
        if ((int)format < 0)
        {
            format = ReplyFormat.Auto;
            return false;
        }

        return true;
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

    /// <summary>The error of a record over the size limit.</summary>
    internal static string TooLong(int length, int maxLength) =>
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

    /// <summary>The offset of the start of each line of <paramref name="text"/> (index 0: line 1).</summary>
    private static int[] CharLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
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
