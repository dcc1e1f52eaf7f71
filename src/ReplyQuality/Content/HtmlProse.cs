using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace ReplyQuality.Content;

/// <summary>
/// The prose of an HTML reply, read with AngleSharp's HTML5 tokenizer (only the tokenizer: no DOM, no configuration,
/// nothing reflective, so the library stays trimming- and AOT-safe). Text between tags is kept at its offsets with its
/// character references decoded in place; tags, attributes, comments, scripts, styles, code and block quotes are
/// blanked; a link's address stays where it is, so a specific help link is still seen; block elements end sentences.
/// </summary>
internal static class HtmlProse
{
    /// <summary>The view of <paramref name="text"/>: same length, prose only.</summary>
    public static char[] Read(string text)
    {
        var view = new char[text.Length];
        view.AsSpan().Fill(' ');
        var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver);
        var excluded = 0;
        Piece? previous = null;
        while (true)
        {
            var token = tokenizer.Get();
            var start = Math.Clamp(token.Position.Index, 0, text.Length);
            if (previous is { } p)
            {
                excluded = Apply(text, view, p, Math.Max(p.Start, Math.Min(start, text.Length)), excluded);
            }

            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            string? href = null;
            if (token.Type == HtmlTokenType.StartTag)
            {
                var tag = (HtmlTagToken)token;
                tokenizer.State = tag.Name switch
                {
                    "script" => HtmlParseMode.Script,
                    "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                    "textarea" or "title" => HtmlParseMode.RCData,
                    _ => tokenizer.State,
                };
                href = tag.Name == "a" ? tag.GetAttribute("href") : null;
                if (tag.IsSelfClosing)
                {
                    previous = new Piece(token.Type, tag.Name, start, href, SelfClosing: true);
                    continue;
                }
            }

            previous = new Piece(token.Type, token.Type is HtmlTokenType.StartTag or HtmlTokenType.EndTag ? token.Name : string.Empty, start, href, SelfClosing: false);
        }

        return view;
    }

    private static int Apply(string text, char[] view, Piece piece, int end, int excluded)
    {
        switch (piece.Type)
        {
            case HtmlTokenType.Character when excluded == 0:
                CopyText(text, view, piece.Start, end);
                break;
            case HtmlTokenType.StartTag:
                if (!HtmlElements.Known.Contains(piece.Name))
                {
                    if (excluded == 0)
                    {
                        text.AsSpan(piece.Start, end - piece.Start).CopyTo(view.AsSpan(piece.Start)); // "<insert date>" is text
                    }

                    break;
                }

                if (HtmlElements.Blocks.Contains(piece.Name))
                {
                    view[piece.Start] = '\n';
                }

                if (excluded == 0 && piece.Href is { Length: > 0 } href)
                {
                    KeepAddress(text, view, piece.Start, end, href);
                }

                if (HtmlElements.Excluded.Contains(piece.Name) && !piece.SelfClosing)
                {
                    excluded++;
                }

                break;
            case HtmlTokenType.EndTag:
                if (HtmlElements.Blocks.Contains(piece.Name))
                {
                    view[piece.Start] = '\n';
                }

                if (excluded > 0 && HtmlElements.Excluded.Contains(piece.Name))
                {
                    excluded--;
                }

                break;
        }

        return excluded;
    }

    // Text between tags: copied in place; line breaks inside a paragraph are spaces (a browser shows them so);
    // "&amp;" / "&#39;" / "&eacute;" decoded at the reference's first character, the rest padded.
    private static void CopyText(string text, char[] view, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '&' && DecodeReference(text, view, i, end) is var next && next > i)
            {
                i = next;
                continue;
            }

            view[i] = c is '\n' or '\r' or '\t' ? ' ' : c;
            i++;
        }
    }

    private const int MaxReferenceLength = 32;

    // Decodes the character reference at `at` into the view and returns the offset after it, or `at` when there is none.
    private static int DecodeReference(string text, char[] view, int at, int end)
    {
        var limit = Math.Min(end, at + MaxReferenceLength);
        var semicolon = text.AsSpan(at + 1, limit - at - 1).IndexOf(';');
        if (semicolon <= 0)
        {
            return at;
        }

        var name = text.AsSpan(at + 1, semicolon);
        var after = at + 1 + semicolon + 1;
        string? decoded;
        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = name[(hex ? 2 : 1)..];
            if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                || code <= 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            {
                return at;
            }

            decoded = char.ConvertFromUtf32(code);
        }
        else
        {
            // AngleSharp keys the HTML5 names with their semicolon ("rsquo;"); only the legacy Latin-1 names ("amp",
            // "eacute") also exist without it.
            decoded = HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";")) is { Length: > 0 } withSemicolon
                ? withSemicolon
                : HtmlEntityProvider.Resolver.GetSymbol(name.ToString());
        }

        return ProseBuffer.WriteDecoded(view, at, after, decoded) ? after : at;
    }

    // Keeps a link's address at its place inside the tag (the rest of the tag stays blank).
    private static void KeepAddress(string text, char[] view, int start, int end, string href)
    {
        var tag = text.AsSpan(start, end - start);
        var probe = href.AsSpan();
        var amp = probe.IndexOf('&');
        if (amp >= 0)
        {
            probe = probe[..amp]; // the source may write "&amp;" where the address has "&"
        }

        if (probe.Length < 4)
        {
            return;
        }

        var at = tag.IndexOf(probe, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var from = start + at;
        var to = from;
        while (to < end && text[to] is not ('"' or '\'' or '>' or ' ' or '\t' or '\n' or '\r'))
        {
            to++;
        }

        text.AsSpan(from, to - from).CopyTo(view.AsSpan(from));
    }

    private readonly record struct Piece(HtmlTokenType Type, string Name, int Start, string? Href, bool SelfClosing);
}
