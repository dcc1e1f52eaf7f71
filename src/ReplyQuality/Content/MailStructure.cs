using System.Buffers;

namespace ReplyQuality.Content;

/// <summary>
/// Finds, line by line and in one pass, what in an e-mail is not the agent's own prose: quoted lines (<c>&gt;</c>),
/// the quoted message after an attribution ("On … wrote:", "El … escribió:"), a forwarded or replied-to message
/// ("-----Original Message-----", "De: … Enviado: …"), a signature after a <c>-- </c> line, and the name / title /
/// company / phone block after a sign-off ("Best regards,"). The sign-off line itself is prose (it may be the thanks).
/// </summary>
internal static class MailStructure
{
    private const int MaxSignOffLength = 40;
    private const int MaxSignatureLines = 6;
    private const int MaxSignatureLineLength = 60;
    private const int MaxSignatureWords = 7;
    private const int HeaderLookahead = 5;

    /// <summary>Masks the non-prose parts of <paramref name="view"/>'s current text.</summary>
    public static void Mask(ProseBuffer view)
    {
        var text = view.Current;
        var cut = FindCut(text);
        var end = cut < 0 ? text.Length : cut;

        // Quoted lines, one by one (a reply may answer between them).
        for (var lineStart = 0; lineStart < end;)
        {
            var lineEnd = LineEnd(text, lineStart);
            var line = text[lineStart..lineEnd].TrimStart();
            if (line.Length > 0 && line[0] == '>')
            {
                view.Mask(lineStart, lineEnd);
                text = view.Current;
            }

            lineStart = lineEnd + 1;
        }

        if (FindSignatureBlock(text, end) is var block && block >= 0)
        {
            view.Mask(block, end);
        }

        if (cut >= 0)
        {
            view.Mask(cut, text.Length);
        }
    }

    /// <summary>Where quoted or forwarded mail, or a <c>-- </c> signature, begins (everything after is not prose), or -1.</summary>
    private static int FindCut(ReadOnlySpan<char> text)
    {
        var previousStart = -1;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = LineEnd(text, lineStart);
            var raw = text[lineStart..lineEnd];
            var line = raw.Trim();
            if (raw.TrimEnd('\r') is "-- " || line is "--")
            {
                return lineStart;
            }

            if (line.StartsWith("---", StringComparison.Ordinal)
                && (line.Contains("original message", StringComparison.OrdinalIgnoreCase) || line.Contains("mensaje original", StringComparison.OrdinalIgnoreCase)))
            {
                return lineStart;
            }

            if (IsAttributionEnd(line))
            {
                if (IsAttributionStart(line))
                {
                    return lineStart;
                }

                if (previousStart >= 0 && IsAttributionStart(text[previousStart..lineStart].Trim()))
                {
                    return previousStart; // "On Mon, 3 Mar 2026 at 10:15, Ana <ana@example.com>\nwrote:"
                }
            }

            if ((line.StartsWith("From:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("De:", StringComparison.OrdinalIgnoreCase))
                && HasSentHeaderAfter(text, lineEnd))
            {
                return lineStart;
            }

            previousStart = line.Length > 0 ? lineStart : previousStart;
            lineStart = lineEnd + 1;
        }

        return -1;
    }

    // "On Mon, 3 Mar 2026 at 10:15, Ana <ana@example.com>", "El lun, 3 mar 2026 a las 10:15, Ana (<ana@example.es>)": a
    // mail client's attribution carries a date, a time or an address. "El repartidor nos escribió:" is prose.
    private static bool IsAttributionStart(ReadOnlySpan<char> line) =>
        (line.StartsWith("On ", StringComparison.Ordinal) || line.StartsWith("El ", StringComparison.Ordinal))
        && line.IndexOfAny(DateOrAddress) >= 0;

    private static readonly SearchValues<char> DateOrAddress = SearchValues.Create("0123456789@");

    private static bool IsAttributionEnd(ReadOnlySpan<char> line) =>
        line.EndsWith("wrote:", StringComparison.OrdinalIgnoreCase)
        || line.EndsWith("escribió:", StringComparison.OrdinalIgnoreCase)
        || line.EndsWith("escribio:", StringComparison.OrdinalIgnoreCase);

    private static bool HasSentHeaderAfter(ReadOnlySpan<char> text, int from)
    {
        var lineStart = from + 1;
        for (var n = 0; n < HeaderLookahead && lineStart < text.Length; n++)
        {
            var lineEnd = LineEnd(text, lineStart);
            var line = text[lineStart..lineEnd].Trim();
            if (line.StartsWith("Sent:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Enviado:", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Date:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Fecha:", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            lineStart = lineEnd + 1;
        }

        return false;
    }

    /// <summary>
    /// The start of the line after a sign-off line when every non-blank line from there to <paramref name="end"/> looks
    /// like a signature (short, few words, not a sentence), else -1.
    /// </summary>
    private static int FindSignatureBlock(ReadOnlySpan<char> text, int end)
    {
        Span<char> folded = stackalloc char[MaxSignOffLength];
        for (var lineStart = 0; lineStart < end;)
        {
            var lineEnd = Math.Min(LineEnd(text, lineStart), end);
            var line = text[lineStart..lineEnd].Trim();
            if (line.Length is > 0 and <= MaxSignOffLength && line[^1] is not ('?' or ':'))
            {
                var length = ContentWords.FoldWords(line, folded);
                if (length > 0 && ContentWords.SignOffs.Contains(folded[..length]) && IsSignatureBlock(text, lineEnd + 1, end))
                {
                    return lineEnd + 1;
                }
            }

            lineStart = lineEnd + 1;
        }

        return -1;
    }

    private static bool IsSignatureBlock(ReadOnlySpan<char> text, int from, int end)
    {
        var lines = 0;
        var first = true;
        for (var lineStart = from; lineStart < end;)
        {
            var lineEnd = Math.Min(LineEnd(text, lineStart), end);
            var line = text[lineStart..lineEnd].Trim();
            lineStart = lineEnd + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            if (++lines > MaxSignatureLines || !IsSignatureLine(line) || (first && !LooksLikeName(line)))
            {
                return false;
            }

            first = false;
        }

        return lines > 0;
    }

    // A signature opens with a name: "Priya", "John Smith", "Equipo de Soporte", "ACME Customer Care" — every word of four
    // letters or more capitalised, no digits. "I have just refunded your order" after "Thanks!" is prose.
    private static bool LooksLikeName(ReadOnlySpan<char> line)
    {
        var wordStart = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var inWord = i < line.Length && char.IsLetter(line[i]);
            if (i < line.Length && char.IsDigit(line[i]))
            {
                return false;
            }

            if (inWord && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!inWord && wordStart >= 0)
            {
                if (i - wordStart >= 4 && !char.IsUpper(line[wordStart]))
                {
                    return false;
                }

                wordStart = -1;
            }
        }

        return true;
    }

    // "Priya", "Customer Care Team", "ACME Ltd.", "Tel. +34 600 000 000", "www.acme.com": short, and not a sentence.
    private static bool IsSignatureLine(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxSignatureLineLength || line[^1] is '?' or '!')
        {
            return false;
        }

        var words = 0;
        var hasDigitOrAt = false;
        var inWord = false;
        foreach (var c in line)
        {
            hasDigitOrAt |= char.IsDigit(c) || c == '@';
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words <= MaxSignatureWords && (line[^1] != '.' || hasDigitOrAt || words <= 2 || EndsWithAbbreviation(line));
    }

    // "ACME Ltd.", "Customer Care Dept.", "Envíos S.L.": a capitalised short last word is an abbreviation, not a full stop.
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> line)
    {
        var space = line.LastIndexOf(' ');
        var last = line[(space + 1)..];
        return last.Length <= 5 && char.IsUpper(last[0]);
    }

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        var newline = text[start..].IndexOf('\n');
        return newline < 0 ? text.Length : start + newline;
    }
}
