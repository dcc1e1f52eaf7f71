using System.Text.Json;

namespace ReplyQuality.Cli.Inputs;

/// <summary>How a JSON (or CSV) input is laid out: <c>--input-format</c>.</summary>
internal enum InputFormat
{
    /// <summary>Sniff the shape (the default).</summary>
    Auto,

    /// <summary>reply-lint's own records (<c>{"id", "text", …}</c>).</summary>
    Records,

    /// <summary>Zendesk macros (<c>{"macros": [{"id", "title", "actions": [{"field": "comment_value_html", "value"}]}]}</c>).</summary>
    Zendesk,

    /// <summary>Freshdesk canned responses (<c>id</c>, <c>title</c>, <c>content_html</c>/<c>content</c>; JSON or CSV).</summary>
    Freshdesk,

    /// <summary>Intercom saved replies / macros (<c>id</c>, <c>name</c>, <c>body</c> HTML, <c>body_text</c> or <c>blocks</c>).</summary>
    Intercom,

    /// <summary>Help Scout saved replies (<c>id</c>, <c>name</c>, <c>text</c> HTML and/or <c>preview</c>).</summary>
    HelpScout,
}

/// <summary>How inputs are read: the input format and the generic selector.</summary>
/// <param name="Format">The layout of JSON (and CSV) inputs.</param>
/// <param name="Select">Where the replies are in a JSON input (<c>--select</c>), or <see langword="null"/>.</param>
/// <param name="SelectId">Where each reply's id is, relative to its record (<c>--select-id</c>), or <see langword="null"/>.</param>
internal sealed record InputOptions(InputFormat Format = InputFormat.Auto, JsonSelector? Select = null, JsonSelector? SelectId = null)
{
    /// <summary>Read every input by its own shape.</summary>
    public static readonly InputOptions Default = new();

    /// <summary>The values of <c>--input-format</c>.</summary>
    public static readonly string[] FormatNames = ["auto", "records", "zendesk", "freshdesk", "intercom", "helpscout"];

    /// <summary>Parses an <c>--input-format</c> value (one of <see cref="FormatNames"/>).</summary>
    public static InputFormat ParseFormat(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => InputFormat.Auto,
        "records" => InputFormat.Records,
        "zendesk" => InputFormat.Zendesk,
        "freshdesk" => InputFormat.Freshdesk,
        "intercom" => InputFormat.Intercom,
        "helpscout" => InputFormat.HelpScout,
        _ => throw new UsageException($"unknown --input-format '{name}' (use {string.Join(", ", FormatNames)})"),
    };
}

/// <summary>
/// Replies in help-desk exports — Zendesk macros, Freshdesk canned responses, Intercom saved replies, Help Scout saved
/// replies — and in any JSON through <c>--select</c>. Each reply is located at the line of its object in the file
/// (for <c>--select</c>, the line of the selected text) and gets a stable id (<c>zendesk:360001</c>, or its title).
/// A macro without a comment, an empty body or a malformed element becomes an error record in its place.
/// </summary>
internal static class HelpDeskExports
{
    /// <summary>Fields only reply-lint's own records have: an element with <c>text</c> and one of these is a record.</summary>
    private static readonly string[] RecordFields = ["customerMessage", "language", "suppress", "receivedAt", "respondedAt", "format"];

    /// <summary>Properties of a wrapper object that hold the array of replies, in the order they are tried.</summary>
    private static readonly string[] ListProperties =
        ["macros", "canned_responses", "saved_replies", "savedReplies", "saved-replies", "data", "items", "results", "replies", "records"];

    /// <summary>Properties of a wrapper object that hold a single reply.</summary>
    private static readonly string[] SingleProperties = ["macro", "canned_response", "saved_reply", "savedReply"];

    /// <summary>
    /// Decides the shape of a parsed JSON input: <see cref="InputFormat.Records"/> when it is (or may be) reply-lint's
    /// own records, so that those are read exactly as before.
    /// </summary>
    public static InputFormat Sniff(LocatedJson root)
    {
        var (elements, single) = Elements(root);
        if (single is not null)
        {
            return Classify(single);
        }

        var first = elements?.Find(e => e.Kind == JsonValueKind.Object);
        return first is null ? InputFormat.Records : Classify(first);
    }

    /// <summary>What one element looks like.</summary>
    private static InputFormat Classify(LocatedJson element)
    {
        if (element.Kind != JsonValueKind.Object)
        {
            return InputFormat.Records;
        }

        if (element["text"] is not null && RecordFields.Any(f => element[f] is not null))
        {
            return InputFormat.Records;
        }

        if (element["actions"] is { Kind: JsonValueKind.Array })
        {
            return InputFormat.Zendesk;
        }

        if (element["canned_responses"] is { Kind: JsonValueKind.Array } || element["content_html"] is not null
            || (element["content"] is not null && element["text"] is null))
        {
            return InputFormat.Freshdesk;
        }

        if (element.Text("type") is "macro" or "saved_reply" || element["blocks"] is { Kind: JsonValueKind.Array }
            || element["body_text"] is not null || (element["body"] is not null && element["text"] is null))
        {
            return InputFormat.Intercom;
        }

        if (element["preview"] is not null || element["chatText"] is not null || element["chatPreview"] is not null)
        {
            return InputFormat.HelpScout;
        }

        return InputFormat.Records;
    }

    /// <summary>
    /// The elements of an export: a bare array; the array under a wrapper's list property (<c>macros</c>,
    /// <c>canned_responses</c>, <c>saved_replies</c>, <c>data</c>, <c>_embedded.replies</c>, …); or a single object
    /// (under <c>macro</c>, or the root itself).
    /// </summary>
    private static (List<LocatedJson>? Elements, LocatedJson? Single) Elements(LocatedJson root)
    {
        if (root.Items is { } items)
        {
            return (items, null);
        }

        if (root.Kind != JsonValueKind.Object)
        {
            return (null, null);
        }

        foreach (var name in ListProperties)
        {
            if (root[name] is { Items: { } list })
            {
                return (list, null);
            }
        }

        if (root["_embedded"] is { Members: { } embedded })
        {
            foreach (var member in embedded)
            {
                if (member.Value.Items is { } list)
                {
                    return (list, null);
                }
            }
        }

        foreach (var name in SingleProperties)
        {
            if (root[name] is { Kind: JsonValueKind.Object } one)
            {
                return (null, one);
            }
        }

        return (null, root);
    }

    /// <summary>Reads the replies of an export of the given shape (not <see cref="InputFormat.Records"/>).</summary>
    public static List<ReplyRecord> Read(LocatedJson root, InputFormat shape, string display, int maxLength)
    {
        var (elements, single) = Elements(root);
        var records = new List<ReplyRecord>();
        if (elements is null && single is null)
        {
            records.Add(ReplyRecord.Failed(display, 1, root.Line, $"a {Name(shape)} export must be an array of objects or an object holding one"));
            return records;
        }

        foreach (var element in single is null ? elements! : [single])
        {
            // A Freshdesk folder holds its canned responses.
            if (shape == InputFormat.Freshdesk && element["canned_responses"] is { Items: { } responses })
            {
                foreach (var response in responses)
                {
                    records.Add(Convert(response, shape, display, records.Count + 1, maxLength));
                }

                continue;
            }

            records.Add(Convert(element, shape, display, records.Count + 1, maxLength));
        }

        return records;
    }

    /// <summary>Reads the values <paramref name="select"/> reaches, one reply each, with ids from <paramref name="selectId"/>.</summary>
    public static List<ReplyRecord> ReadSelected(LocatedJson root, JsonSelector select, JsonSelector? selectId, string display, int maxLength)
    {
        var records = new List<ReplyRecord>();
        foreach (var (value, record, path) in select.Evaluate(root))
        {
            var index = records.Count + 1;
            string? id = null;
            if (selectId is not null)
            {
                var ids = selectId.Evaluate(record);
                id = ids.Count > 0 && ids[0].Value.Kind is JsonValueKind.String or JsonValueKind.Number ? ids[0].Value.Scalar : null;
            }

            id = id is { Length: > 0 } ? id : ReplyRecord.DefaultId(display, index);
            if (!value.IsString)
            {
                records.Add(ReplyRecord.Failed(display, index, value.Line, $"--select: the value at {path} is {Kind(value)}, not a reply text") with { Id = id });
                continue;
            }

            records.Add(Reply(display, index, value.Line, id, value.Scalar!, ReplyFormat.Auto, IReadOnlySetEmpty, maxLength, "the selected text"));
        }

        if (records.Count == 0)
        {
            records.Add(ReplyRecord.Failed(display, 1, 1, $"--select '{select.Text}' matches nothing in this file"));
        }

        return records;
    }

    private static readonly IReadOnlySet<string> IReadOnlySetEmpty = new HashSet<string>();

    private static ReplyRecord Convert(LocatedJson element, InputFormat shape, string display, int index, int maxLength)
    {
        var line = element.Line;
        if (element.Kind != JsonValueKind.Object)
        {
            return ReplyRecord.Failed(display, index, line, $"malformed {Name(shape)} element: {Kind(element)} where an object was expected");
        }

        return shape switch
        {
            InputFormat.Zendesk => Zendesk(element, display, index, maxLength),
            InputFormat.Freshdesk => Freshdesk(element, display, index, maxLength),
            InputFormat.Intercom => Intercom(element, display, index, maxLength),
            _ => HelpScout(element, display, index, maxLength),
        };
    }

    /// <summary>
    /// A Zendesk macro: the <c>comment_value_html</c> action (HTML) when there is one, else <c>comment_value</c>
    /// (plain text; its value may be an array such as <c>["channel:all", "text"]</c>, whose last string is the text).
    /// </summary>
    private static ReplyRecord Zendesk(LocatedJson macro, string display, int index, int maxLength)
    {
        var id = Id("zendesk", macro, "title", display, index);
        if (macro["actions"] is not { Items: { } actions })
        {
            return ReplyRecord.Failed(display, index, macro.Line, "malformed Zendesk macro: no \"actions\" array") with { Id = id };
        }

        LocatedJson? html = null, plain = null;
        foreach (var action in actions)
        {
            switch (action.Text("field"))
            {
                case "comment_value_html":
                    html ??= action["value"] ?? action;
                    break;
                case "comment_value":
                    plain ??= action["value"] ?? action;
                    break;
            }
        }

        if (html is null && plain is null)
        {
            return ReplyRecord.Failed(display, index, macro.Line, "the macro has no comment action (comment_value or comment_value_html): nothing to lint") with { Id = id };
        }

        var chosen = html is not null && CommentText(html) is { Length: > 0 } ? html : plain ?? html!;
        var text = CommentText(chosen);
        if (text is null)
        {
            return ReplyRecord.Failed(display, index, macro.Line, $"malformed Zendesk macro: the comment's value is {Kind(chosen)}, not text") with { Id = id };
        }

        var suppressed = Suppressions.FromText(macro.Text("description") ?? string.Empty);
        return Reply(display, index, macro.Line, id, text, chosen == html ? ReplyFormat.Html : ReplyFormat.PlainText, suppressed, maxLength, "the macro's comment");
    }

    /// <summary>A Zendesk action value as text: a string, or the last string of an array (<c>["channel:all", "text"]</c>).</summary>
    private static string? CommentText(LocatedJson value)
    {
        if (value.IsString)
        {
            return value.Scalar;
        }

        return value.Items?.LastOrDefault(v => v.IsString)?.Scalar;
    }

    /// <summary>A Freshdesk canned response: <c>content_html</c> (HTML) when not empty, else <c>content</c> (plain text).</summary>
    private static ReplyRecord Freshdesk(LocatedJson response, string display, int index, int maxLength)
    {
        var id = Id("freshdesk", response, "title", display, index);
        return Pick(response, display, index, id, maxLength, "the canned response", [("content_html", ReplyFormat.Html), ("content", ReplyFormat.PlainText)]);
    }

    /// <summary>An Intercom saved reply (macro): <c>body</c> (HTML), else <c>body_text</c>, else its <c>blocks</c>' text.</summary>
    private static ReplyRecord Intercom(LocatedJson reply, string display, int index, int maxLength)
    {
        var id = Id("intercom", reply, "name", display, index);
        if (reply.Text("body") is not { Length: > 0 } && reply.Text("body_text") is not { Length: > 0 } && reply["blocks"] is { Items: { } blocks })
        {
            // Paragraphs, headings and list items each carry a "text" (which may hold inline HTML): one paragraph each.
            var texts = blocks.Select(b => b.Text("text")).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            if (texts.Count == 0)
            {
                return ReplyRecord.Failed(display, index, reply.Line, "the saved reply is empty: its blocks hold no text") with { Id = id };
            }

            return Reply(display, index, reply.Line, id, string.Join("\n\n", texts), ReplyFormat.Auto, IReadOnlySetEmpty, maxLength, "the saved reply");
        }

        return Pick(reply, display, index, id, maxLength, "the saved reply", [("body", ReplyFormat.Html), ("body_text", ReplyFormat.PlainText), ("blocks", ReplyFormat.Auto)]);
    }

    /// <summary>A Help Scout saved reply: <c>text</c> (HTML), else <c>preview</c> (plain), else <c>chatText</c>.</summary>
    private static ReplyRecord HelpScout(LocatedJson reply, string display, int index, int maxLength)
    {
        var id = Id("helpscout", reply, "name", display, index);
        return Pick(reply, display, index, id, maxLength, "the saved reply", [("text", ReplyFormat.Html), ("preview", ReplyFormat.PlainText), ("chatText", ReplyFormat.PlainText)]);
    }

    /// <summary>The first of <paramref name="fields"/> that holds a non-empty string.</summary>
    private static ReplyRecord Pick(LocatedJson element, string display, int index, string id, int maxLength, string what, (string Field, ReplyFormat Format)[] fields)
    {
        LocatedJson? malformed = null;
        string? malformedField = null;
        var present = false;
        foreach (var (field, format) in fields)
        {
            if (element[field] is not { } value || value.Kind == JsonValueKind.Null)
            {
                continue;
            }

            present = true;
            if (value.IsString)
            {
                if (!string.IsNullOrWhiteSpace(value.Scalar))
                {
                    return Reply(display, index, element.Line, id, value.Scalar, format, IReadOnlySetEmpty, maxLength, what);
                }
            }
            else if (malformed is null && value.Kind != JsonValueKind.Array)
            {
                (malformed, malformedField) = (value, field);
            }
        }

        var names = string.Join(", ", fields.Select(f => f.Field));
        var error = malformed is not null
            ? $"malformed element: \"{malformedField}\" is {Kind(malformed)}, not text"
            : present ? $"{what} is empty ({names})" : $"{what} has no body: none of {names}";
        return ReplyRecord.Failed(display, index, element.Line, error) with { Id = id };
    }

    private static ReplyRecord Reply(string display, int index, int line, string id, string text, ReplyFormat format, IReadOnlySet<string> suppressed, int maxLength, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReplyRecord.Failed(display, index, line, $"{what} is empty") with { Id = id };
        }

        if (text.Length > maxLength)
        {
            return ReplyRecord.Failed(display, index, line, ReplySources.TooLong(text.Length, maxLength)) with { Id = id };
        }

        // A body may carry its own reply-lint-disable comment (<!-- reply-lint-disable RQ203 -->).
        var inline = Suppressions.FromText(text);
        return new ReplyRecord
        {
            File = display,
            Index = index,
            Line = line,
            Id = id,
            Text = text,
            Format = format,
            Suppressed = inline.Count == 0 ? suppressed : suppressed.Count == 0 ? inline : new HashSet<string>(suppressed.Concat(inline), StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary><c>prefix:id</c>, else the title (or name), else <c>file#n</c>.</summary>
    private static string Id(string prefix, LocatedJson element, string titleField, string display, int index)
    {
        if (element.ScalarText("id") is { Length: > 0 } id)
        {
            return $"{prefix}:{id}";
        }

        return element.Text(titleField) is { } title && !string.IsNullOrWhiteSpace(title) ? title.Trim()
            : element.Text(titleField == "title" ? "name" : "title") is { } other && !string.IsNullOrWhiteSpace(other) ? other.Trim()
            : ReplyRecord.DefaultId(display, index);
    }

    private static string Kind(LocatedJson value) => value.Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => value.IsInvalidText ? "a string that is not valid text (a lone surrogate)" : "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>The name of a shape in messages.</summary>
    public static string Name(InputFormat shape) => shape switch
    {
        InputFormat.Zendesk => "Zendesk",
        InputFormat.Freshdesk => "Freshdesk",
        InputFormat.Intercom => "Intercom",
        InputFormat.HelpScout => "Help Scout",
        _ => "records",
    };
}
