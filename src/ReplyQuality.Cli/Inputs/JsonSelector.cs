using System.Globalization;
using System.Text;

namespace ReplyQuality.Cli.Inputs;

/// <summary>
/// A small JSONPath-like selector for <c>--select</c> and <c>--select-id</c>: an optional <c>$</c>, then steps —
/// <c>.name</c> (or <c>name</c> first), <c>['name']</c> / <c>["name"]</c> for names with other characters,
/// <c>[*]</c> or <c>.*</c> (every element of an array, every member of an object), <c>[n]</c> (element n, 0-based;
/// negative counts from the end). No filters, no recursive descent. Parsing and evaluation are linear: each step maps
/// the values reached so far to their children, so no value is visited twice by one step.
/// </summary>
internal sealed class JsonSelector
{
    private JsonSelector(string text, IReadOnlyList<Step> steps)
    {
        Text = text;
        Steps = steps;
    }

    /// <summary>One step of a path.</summary>
    /// <param name="Name">A member name, or <see langword="null"/> for a wildcard or an index.</param>
    /// <param name="Index">An array index, or <see langword="null"/>.</param>
    internal readonly record struct Step(string? Name, int? Index)
    {
        /// <summary>Whether this step is <c>[*]</c>.</summary>
        public bool IsWildcard => Name is null && Index is null;

        public override string ToString() => IsWildcard ? "[*]" : Name is { } name ? Segment(name) : $"[{Index}]";
    }

    /// <summary>The selector as written.</summary>
    public string Text { get; }

    /// <summary>The steps.</summary>
    public IReadOnlyList<Step> Steps { get; }

    /// <summary>The number of steps up to and including the last <c>[*]</c> (0 when there is none).</summary>
    public int RecordDepth
    {
        get
        {
            for (var i = Steps.Count - 1; i >= 0; i--)
            {
                if (Steps[i].IsWildcard)
                {
                    return i + 1;
                }
            }

            return 0;
        }
    }

    /// <summary>A value reached by a selector, with the value at <see cref="RecordDepth"/> on its way (the record).</summary>
    /// <param name="Value">The value selected.</param>
    /// <param name="Record">The value the last wildcard matched (the root when there is none).</param>
    /// <param name="Path">Where the value is, as a path with concrete indices (<c>$.data[3].body</c>).</param>
    internal readonly record struct Match(LocatedJson Value, LocatedJson Record, string Path);

    /// <summary>Parses a selector.</summary>
    /// <exception cref="FormatException">The text is not a selector; the message says where.</exception>
    public static JsonSelector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var steps = new List<Step>();
        var s = text.Trim();
        var i = 0;
        if (s.Length == 0)
        {
            throw new FormatException("the selector is empty");
        }

        if (s[0] == '$')
        {
            i = 1;
        }
        else if (s[0] != '.' && s[0] != '[')
        {
            i = ReadName(s, i, steps);
        }

        while (i < s.Length)
        {
            var c = s[i];
            if (c == '.')
            {
                i++;
                if (i < s.Length && s[i] == '*')
                {
                    steps.Add(default);
                    i++;
                }
                else if (i < s.Length && s[i] == '.')
                {
                    throw Error(s, i, "recursive descent ('..') is not supported");
                }
                else
                {
                    i = ReadName(s, i, steps);
                }
            }
            else if (c == '[')
            {
                i = ReadBracket(s, i + 1, steps);
            }
            else
            {
                throw Error(s, i, $"expected '.' or '[' but found '{c}'");
            }
        }

        return new JsonSelector(text, steps);
    }

    /// <summary>Every value the selector reaches from <paramref name="root"/>, in document order.</summary>
    public List<Match> Evaluate(LocatedJson root)
    {
        var recordDepth = RecordDepth;
        var current = new List<Match> { new(root, root, "$") };
        for (var depth = 0; depth < Steps.Count; depth++)
        {
            var step = Steps[depth];
            var next = new List<Match>();
            var isRecordStep = depth + 1 == recordDepth;
            foreach (var (value, record, path) in current)
            {
                void Add(LocatedJson child, string childPath) => next.Add(new Match(child, isRecordStep ? child : record, childPath));

                if (step.Name is { } name)
                {
                    if (value[name] is { } child)
                    {
                        Add(child, path + Segment(name));
                    }
                }
                else if (step.Index is { } index)
                {
                    if (value.Items is { } items && (index < 0 ? items.Count + index : index) is var at && at >= 0 && at < items.Count)
                    {
                        Add(items[at], path + "[" + at.ToString(CultureInfo.InvariantCulture) + "]");
                    }
                }
                else if (value.Items is { } items)
                {
                    for (var k = 0; k < items.Count; k++)
                    {
                        Add(items[k], path + "[" + k.ToString(CultureInfo.InvariantCulture) + "]");
                    }
                }
                else if (value.Members is { } members)
                {
                    foreach (var member in members)
                    {
                        Add(member.Value, path + Segment(member.Key));
                    }
                }
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// The steps of <paramref name="id"/> relative to this selector's record: an id path is relative to the record
    /// (the value the last <c>[*]</c> matched) unless it starts with <c>$</c>, in which case it must begin with the
    /// same steps as this selector up to that wildcard, and the rest is taken.
    /// </summary>
    /// <exception cref="FormatException">An absolute id path that does not go through the record.</exception>
    public JsonSelector RelativeId(string id)
    {
        var parsed = Parse(id);
        if (!id.TrimStart().StartsWith('$'))
        {
            return parsed;
        }

        var depth = RecordDepth;
        if (parsed.Steps.Count < depth || !parsed.Steps.Take(depth).SequenceEqual(Steps.Take(depth)))
        {
            throw new FormatException($"an absolute --select-id must start with the --select path up to its last [*] (${string.Concat(Steps.Take(depth))}), or be relative to that record (such as 'id')");
        }

        return new JsonSelector(id, [.. parsed.Steps.Skip(depth)]);
    }

    private static string Segment(string name)
    {
        var plain = name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        return plain ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    private static int ReadName(string s, int i, List<Step> steps)
    {
        var start = i;
        while (i < s.Length && s[i] != '.' && s[i] != '[')
        {
            if (s[i] == ']' || char.IsWhiteSpace(s[i]))
            {
                throw Error(s, i, $"unexpected '{s[i]}' in a member name (quote it: ['name'])");
            }

            i++;
        }

        if (i == start)
        {
            throw Error(s, i, "expected a member name");
        }

        var name = s[start..i];
        steps.Add(name == "*" ? default : new Step(name, null));
        return i;
    }

    private static int ReadBracket(string s, int i, List<Step> steps)
    {
        if (i >= s.Length)
        {
            throw Error(s, i, "unclosed '['");
        }

        if (s[i] is '\'' or '"')
        {
            var quote = s[i];
            var name = new StringBuilder();
            i++;
            while (i < s.Length && s[i] != quote)
            {
                if (s[i] == '\\' && i + 1 < s.Length)
                {
                    i++;
                }

                name.Append(s[i]);
                i++;
            }

            if (i + 1 >= s.Length || s[i + 1] != ']')
            {
                throw Error(s, Math.Min(i, s.Length), $"expected {quote}] to close the quoted name");
            }

            steps.Add(new Step(name.ToString(), null));
            return i + 2;
        }

        var close = s.IndexOf(']', i);
        if (close < 0)
        {
            throw Error(s, i, "unclosed '['");
        }

        var inside = s[i..close].Trim();
        if (inside == "*")
        {
            steps.Add(default);
        }
        else if (int.TryParse(inside, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            steps.Add(new Step(null, index));
        }
        else
        {
            throw Error(s, i, $"'[{inside}]' is not [*], [n] or ['name'] (filters are not supported)");
        }

        return close + 1;
    }

    private static FormatException Error(string s, int at, string what) =>
        new($"{what} at position {at + 1} of '{s}'");
}
