namespace ReplyQuality.Content;

/// <summary>
/// Decides how a reply is written when <see cref="ReplyFormat.Auto"/> is asked for, in one allocation-free pass, and
/// conservatively: an ordinary reply with an asterisk, a "1." or a "&lt;3" stays plain text.
/// </summary>
internal static class FormatDetector
{
    private const int MaxTagNameLength = 12;

    /// <summary>HTML when the text is made of HTML elements, Markdown when it uses Markdown structure, else plain text.</summary>
    public static ReplyFormat Detect(string text)
    {
        if (IsHtml(text))
        {
            return ReplyFormat.Html;
        }

        return IsMarkdown(text) ? ReplyFormat.Markdown : ReplyFormat.PlainText;
    }

    // At least two tags of known HTML elements ("<p>…</p>", "Hi<br>there<br>"), or the text opens with one.
    private static bool IsHtml(string text)
    {
        var tags = 0;
        var first = text.AsSpan().TrimStart();
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length; i = text.IndexOf('<', i + 1))
        {
            var j = i + 1;
            if (j < text.Length && text[j] == '/')
            {
                j++;
            }

            var nameStart = j;
            while (j < text.Length && j - nameStart <= MaxTagNameLength && char.IsAsciiLetterOrDigit(text[j]))
            {
                j++;
            }

            if (j == nameStart || j >= text.Length || text[j] is not ('>' or ' ' or '/' or '\t' or '\n' or '\r'))
            {
                continue;
            }

            if (HtmlElements.Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(nameStart, j - nameStart)))
            {
                tags++;
                if (tags >= 2 || (tags == 1 && first.Length > 0 && text.Length - first.Length == i))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // One clear Markdown construct: a fenced code block, an ATX heading, a link or image "[text](address)", strong
    // emphasis "**text**" / "__text__", or inline code "`code`". Lists, a single "*" and "1." are not enough.
    private static bool IsMarkdown(string text)
    {
        var span = text.AsSpan();
        for (var lineStart = 0; lineStart < span.Length;)
        {
            var newline = span[lineStart..].IndexOf('\n');
            var lineEnd = newline < 0 ? span.Length : lineStart + newline;
            var line = span[lineStart..lineEnd];
            if (IsMarkdownLine(line))
            {
                return true;
            }

            lineStart = lineEnd + 1;
        }

        return false;
    }

    private static bool IsMarkdownLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length <= 3)
        {
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                return true;
            }

            var hashes = 0;
            while (hashes < trimmed.Length && trimmed[hashes] == '#')
            {
                hashes++;
            }

            if (hashes is >= 1 and <= 6 && hashes < trimmed.Length && trimmed[hashes] == ' ' && hashes + 1 < trimmed.Length)
            {
                return true;
            }
        }

        var link = line.IndexOf("](", StringComparison.Ordinal);
        if (link > 0 && line[..link].Contains('[') && line[(link + 2)..].Contains(')'))
        {
            return true;
        }

        return HasPair(line, "**") || HasPair(line, "__") || HasCodeSpan(line);
    }

    // "**word …**": an opening run followed by a non-space and a closing run preceded by a non-space.
    private static bool HasPair(ReadOnlySpan<char> line, string marks)
    {
        var open = line.IndexOf(marks, StringComparison.Ordinal);
        if (open < 0 || open + 2 >= line.Length || char.IsWhiteSpace(line[open + 2]) || line[open + 2] == marks[0])
        {
            return false;
        }

        var rest = line[(open + 3)..];
        var close = rest.IndexOf(marks, StringComparison.Ordinal);
        return close >= 0 && (close == 0 || !char.IsWhiteSpace(rest[close - 1]));
    }

    private static bool HasCodeSpan(ReadOnlySpan<char> line)
    {
        var open = line.IndexOf('`');
        if (open < 0 || open + 1 >= line.Length || line[open + 1] is ' ' or '`')
        {
            return false;
        }

        var close = line[(open + 1)..].IndexOf('`');
        return close > 0 && line[open + close] != ' ';
    }
}
