using ReplyQuality.Text;

namespace ReplyQuality.Content;

/// <summary>
/// Finds template placeholders in one linear pass. System placeholders, filled by the help desk when the reply is sent
/// (<c>{{ticket.requester.first_name}}</c>, <c>{% if … %}</c>, <c>%FIRST_NAME%</c>, <c>{name}</c>), and name slots
/// (<c>[Customer Name]</c>, <c>[Nombre]</c>) are neutral: masked, never read as words. Placeholders the agent had to fill
/// by hand (<c>[INSERT REASON]</c>, <c>[XXX]</c>, <c>&lt;insert date&gt;</c>, <c>[motivo]</c>, <c>TODO: …</c>) are masked
/// too and reported as unfilled (RQ403).
/// </summary>
internal static class Placeholders
{
    private const int MaxTemplateLength = 200;
    private const int MaxSlotLength = 80;
    private const int MaxVariableLength = 40;

    /// <summary>Masks every placeholder in the view and returns the ranges of the unfilled ones, in order.</summary>
    public static TextRange[] Mask(ProseBuffer view)
    {
        List<TextRange>? found = null;
        List<TextRange>? unfilled = null;
        var text = view.Current;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var end = -1;
            var isUnfilled = false;
            switch (c)
            {
                case '{' when i + 1 < text.Length && text[i + 1] == '{':
                    end = Close(text, i + 2, "}}", MaxTemplateLength);
                    break;
                case '{' when i + 1 < text.Length && text[i + 1] == '%':
                    end = Close(text, i + 2, "%}", MaxTemplateLength);
                    break;
                case '{':
                    end = Variable(text, i + 1, '}');
                    break;
                case '%' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                    end = Variable(text, i + 1, '%');
                    break;
                case '[':
                    (end, isUnfilled) = Slot(text, i, ']');
                    break;
                case '<':
                    // "<insert date>" (unfilled) or "<Customer Name>" (a name slot); "<3" and other text are neither.
                    (end, isUnfilled) = Slot(text, i, '>');
                    break;
                default:
                    if (IsWordStart(text, i) && Marker(text, i) is var markerEnd && markerEnd > 0)
                    {
                        end = markerEnd;
                        isUnfilled = true;
                    }

                    break;
            }

            if (end < 0)
            {
                i++;
                continue;
            }

            while (end < text.Length && text[end] == ProseBuffer.Padding)
            {
                end++; // the rest of a decoded entity ("&gt;") belongs to the placeholder
            }

            (found ??= []).Add(new TextRange(i, end));
            if (isUnfilled)
            {
                (unfilled ??= []).Add(new TextRange(i, end));
            }

            i = end;
        }

        if (found is null)
        {
            return [];
        }

        foreach (var range in found)
        {
            view.Mask(range.Start, range.End);
        }

        return unfilled is null ? [] : [.. unfilled];
    }

    // The end (exclusive) of "{{ … }}" / "{% … %}" on one line, or -1.
    private static int Close(ReadOnlySpan<char> text, int from, string close, int maxLength)
    {
        var limit = Math.Min(text.Length, from + maxLength);
        for (var j = from; j < limit - 1; j++)
        {
            if (text[j] == '\n')
            {
                return -1;
            }

            if (text[j] == close[0] && text[j + 1] == close[1])
            {
                return j + 2;
            }
        }

        return -1;
    }

    // "{name}", "%FIRST_NAME%": an identifier (letters, digits, '_', '.', '-', starting with a letter or '_') and the close.
    private static int Variable(ReadOnlySpan<char> text, int from, char close)
    {
        if (from >= text.Length || !(char.IsAsciiLetter(text[from]) || text[from] == '_'))
        {
            return -1;
        }

        var limit = Math.Min(text.Length, from + MaxVariableLength);
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            if (c == close)
            {
                return j + 1;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return -1;
            }
        }

        return -1;
    }

    // "[Customer Name]" (a name slot), "[INSERT REASON]" / "[motivo]" / "[XXX]" (unfilled); anything else in brackets
    // ("[1]", "[sic]") is not a placeholder.
    private static (int End, bool Unfilled) Slot(ReadOnlySpan<char> text, int open, char close)
    {
        var limit = Math.Min(text.Length, open + 1 + MaxSlotLength);
        var j = open + 1;
        while (j < limit && text[j] != close)
        {
            if (text[j] is '\n' or '[' or '<' or '{')
            {
                return (-1, false);
            }

            j++;
        }

        if (j >= limit)
        {
            return (-1, false);
        }

        var content = text[(open + 1)..j].Trim();
        if (content.IsEmpty || content.Contains("://", StringComparison.Ordinal) || content.Contains('@'))
        {
            return (-1, false);
        }

        Span<char> folded = stackalloc char[MaxSlotLength];
        var length = ContentWords.FoldWords(content, folded);
        if (length > 0 && ContentWords.NameSlots.Contains(folded[..length]))
        {
            return (j + 1, false);
        }

        return IsUnfilled(content, folded[..length]) ? (j + 1, true) : (-1, false);
    }

    private static bool IsUnfilled(ReadOnlySpan<char> content, ReadOnlySpan<char> folded)
    {
        // "XXX", "___", "...", "xx/xx": filler, not words.
        var letters = 0;
        var upper = 0;
        var filler = true;
        foreach (var c in content)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
                filler &= c is 'x' or 'X';
            }
            else
            {
                filler &= c is '_' or '.' or '-' or '/' or ' ' or '*' or '…';
            }
        }

        if (filler && content.Length >= 2)
        {
            return true;
        }

        // "Order number: 10482", "Reason: damaged in transit": a label with its value is filled in.
        var colon = content.IndexOf(':');
        if (colon >= 0 && !content[(colon + 1)..].IsWhiteSpace())
        {
            return false;
        }

        // "INSERT REASON", "ADD TRACKING NUMBER": an instruction in capitals, of two words or more — not an acronym or
        // a reference ("[PDF]", "[GDPR]", "[SUP-48213]").
        if (letters >= 2 && upper == letters && content.Trim().Contains(' ') && !content.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        // "insert date", "motivo", "número de seguimiento": starts with one of the instruction words.
        var words = 0;
        for (var k = 0; k <= folded.Length && words < 3; k++)
        {
            if (k == folded.Length || folded[k] == ' ')
            {
                words++;
                if (ContentWords.Instructions.Contains(folded[..k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWordStart(ReadOnlySpan<char> text, int i) =>
        char.IsAsciiLetterUpper(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    // "TODO: add the amount" (to the end of the line), "TBD", "FIXME", and "XXX" / "XXXX" standing alone.
    private static int Marker(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiLetterUpper(text[j]))
        {
            j++;
        }

        if (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            return -1;
        }

        var word = text[i..j];
        if (word.Length >= 3 && !word.ContainsAnyExcept('X'))
        {
            return j;
        }

        if (word is not ("TODO" or "TBD" or "FIXME"))
        {
            return -1;
        }

        // Spanish "TODO" is "everything" ("¡GRACIAS POR TODO!"): only "TODO:" is a note to self.
        if (word is "TODO" && (j == text.Length || text[j] != ':'))
        {
            return -1;
        }

        if (j < text.Length && text[j] == ':')
        {
            var newline = text[j..].IndexOf('\n');
            var lineEnd = newline < 0 ? text.Length : j + newline;
            return j + text[j..lineEnd].TrimEnd().Length;
        }

        return j;
    }
}
