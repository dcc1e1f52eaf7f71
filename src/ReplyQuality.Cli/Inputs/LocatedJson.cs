using System.Text.Json;

namespace ReplyQuality.Cli.Inputs;

/// <summary>
/// A JSON value with the 1-based line where it starts in its file, so that a reply found anywhere in a help-desk
/// export can be reported at its own line. Built in one pass of <see cref="Utf8JsonReader"/> with an explicit stack
/// (no recursion), as deep as the reader allows (64 levels).
/// </summary>
internal sealed class LocatedJson
{
    private LocatedJson(JsonValueKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    /// <summary>What kind of value this is.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>
    /// A string's text; for a number, <c>true</c> or <c>false</c> its JSON text; <see langword="null"/> otherwise,
    /// and for a string that is valid JSON but not text (an escaped lone surrogate, see <see cref="IsInvalidText"/>).
    /// </summary>
    public string? Scalar { get; private init; }

    /// <summary>Whether this is a string that cannot be decoded to text (such as <c>"\ud800"</c>).</summary>
    public bool IsInvalidText { get; private init; }

    /// <summary>An object's members in file order (an array's are in <see cref="Items"/>).</summary>
    public List<KeyValuePair<string, LocatedJson>>? Members { get; private set; }

    /// <summary>An array's elements in file order.</summary>
    public List<LocatedJson>? Items { get; private set; }

    /// <summary>The first member called <paramref name="name"/> (ordinal), or <see langword="null"/>; not an object: null.</summary>
    public LocatedJson? this[string name]
    {
        get
        {
            if (Members is null)
            {
                return null;
            }

            foreach (var member in Members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Whether this is a string with text.</summary>
    public bool IsString => Kind == JsonValueKind.String && Scalar is not null;

    /// <summary>The text of a string member, or <see langword="null"/> when absent or not a string.</summary>
    public string? Text(string name) => this[name] is { IsString: true } value ? value.Scalar : null;

    /// <summary>A string, number or boolean member as text (an id may be either), or <see langword="null"/>.</summary>
    public string? ScalarText(string name) =>
        this[name] is { Kind: JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } value ? value.Scalar : null;

    /// <summary>Parses <paramref name="utf8"/> (comments and trailing commas allowed).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="lineStarts">Byte offset of the start of each line (index 0: line 1).</param>
    /// <returns>The root value, or <see langword="null"/> for a file without any value.</returns>
    /// <exception cref="JsonException">The text is not JSON, or nests deeper than 64 levels.</exception>
    public static LocatedJson? Parse(ReadOnlySpan<byte> utf8, int[] lineStarts)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var open = new Stack<LocatedJson>();
        LocatedJson? root = null;
        string? name = null;
        while (reader.Read())
        {
            LocatedJson value;
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    name = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    continue;
                case JsonTokenType.StartObject:
                    value = new LocatedJson(JsonValueKind.Object, line) { Members = [] };
                    break;
                case JsonTokenType.StartArray:
                    value = new LocatedJson(JsonValueKind.Array, line) { Items = [] };
                    break;
                case JsonTokenType.String:
                    string? text;
                    try
                    {
                        text = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        text = null;
                    }

                    value = new LocatedJson(JsonValueKind.String, line) { Scalar = text, IsInvalidText = text is null };
                    break;
                case JsonTokenType.Number:
                    value = new LocatedJson(JsonValueKind.Number, line) { Scalar = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
                    break;
                case JsonTokenType.True:
                    value = new LocatedJson(JsonValueKind.True, line) { Scalar = "true" };
                    break;
                case JsonTokenType.False:
                    value = new LocatedJson(JsonValueKind.False, line) { Scalar = "false" };
                    break;
                default:
                    value = new LocatedJson(JsonValueKind.Null, line);
                    break;
            }

            if (open.TryPeek(out var parent))
            {
                if (parent.Members is { } members)
                {
                    members.Add(new KeyValuePair<string, LocatedJson>(name ?? string.Empty, value));
                }
                else
                {
                    parent.Items!.Add(value);
                }
            }
            else
            {
                root = value;
            }

            if (value.Kind is JsonValueKind.Object or JsonValueKind.Array)
            {
                open.Push(value);
            }
        }

        return root;
    }

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public static int LineOf(int[] lineStarts, long offset)
    {
        var i = Array.BinarySearch(lineStarts, (int)offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }
}
