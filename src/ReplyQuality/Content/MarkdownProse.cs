using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReplyQuality.Content;

/// <summary>
/// The prose of a Markdown reply, read with Markdig (CommonMark, precise source locations). Text is kept at its
/// offsets; emphasis marks, heading and list markers, code (fenced, indented, inline), block quotes, raw HTML and
/// images are blanked; a link keeps its text and its address (so a specific help link is still seen); soft line
/// breaks inside a paragraph become spaces, as Markdown renders them.
/// </summary>
internal static class MarkdownProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>
    /// The most Markdown delimiters (<c>[ ] * _ ` &gt;</c>) a reply may hold to be read as Markdown. Markdig resolves
    /// unclosed link and emphasis openers in time that grows with the square of their number, and refuses block
    /// quotes or lists nested more deeply than its limit; a real macro has a few dozen delimiters, a hostile text
    /// thousands. Past the budget the reply is read as plain text, which never fails and stays linear.
    /// </summary>
    public const int MaxDelimiters = 400;

    /// <summary>
    /// The view of <paramref name="text"/> (same length, prose only), or <see langword="null"/> when the text is past
    /// the delimiter budget or nests blocks more deeply than Markdig accepts.
    /// </summary>
    public static char[]? TryRead(string text)
    {
        if (!WithinBudget(text))
        {
            return null;
        }

        try
        {
            return Read(text);
        }
        catch (ArgumentException)
        {
            // Markdig's nesting limit ("Markdown elements in the input are too deeply nested").
            return null;
        }
    }

    private static bool WithinBudget(string text)
    {
        var delimiters = 0;
        foreach (var c in text)
        {
            if (c is '[' or ']' or '*' or '_' or '`' or '>' && ++delimiters > MaxDelimiters)
            {
                return false;
            }
        }

        return true;
    }

    private static char[] Read(string text)
    {
        var view = new char[text.Length];
        for (var i = 0; i < view.Length; i++)
        {
            view[i] = text[i] == '\n' ? '\n' : ' ';
        }

        var document = Markdown.Parse(text, Pipeline);

        // An explicit stack: nesting depth comes from the input, so no recursion.
        var blocks = new Stack<Block>();
        var inlines = new Stack<Inline>();
        blocks.Push(document);
        while (blocks.TryPop(out var block))
        {
            switch (block)
            {
                case QuoteBlock or CodeBlock or HtmlBlock or ThematicBreakBlock:
                    continue;
                case ContainerBlock container:
                    for (var c = container.Count - 1; c >= 0; c--)
                    {
                        blocks.Push(container[c]);
                    }

                    continue;
                case LeafBlock { Inline: { } root }:
                    inlines.Push(root);
                    ReadInlines(text, view, inlines);
                    break;
            }
        }

        return view;
    }

    private static void ReadInlines(string text, char[] view, Stack<Inline> inlines)
    {
        while (inlines.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Copy(text, view, literal.Span);
                    break;
                case HtmlEntityInline entity:
                    Decode(view, entity);
                    break;
                case AutolinkInline autolink:
                    Copy(text, view, autolink.Span);
                    Blank(view, autolink.Span.Start);
                    Blank(view, autolink.Span.End);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    if (!link.UrlSpan.IsEmpty)
                    {
                        Copy(text, view, link.UrlSpan);
                    }

                    PushChildren(link, inlines);
                    break;
                case LineBreakInline lineBreak:
                    if (!lineBreak.IsHard)
                    {
                        for (var i = Math.Max(0, lineBreak.Span.Start); i <= lineBreak.Span.End && i < view.Length; i++)
                        {
                            view[i] = ' ';
                        }
                    }

                    break;
                case HtmlInline html when IsPlaceholderTag(html.Tag):
                    Copy(text, view, html.Span); // "<insert date>" is not HTML: the placeholder scanner reads it
                    break;
                case ContainerInline container:
                    PushChildren(container, inlines);
                    break;
            }
        }
    }

    private static void PushChildren(ContainerInline container, Stack<Inline> inlines)
    {
        // Children are pushed last first so they are read in order (the order does not matter for the view).
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            inlines.Push(child);
        }
    }

    private static bool IsPlaceholderTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length < 3 || tag[1] is '/' or '!' or '?')
        {
            return false;
        }

        var end = 1;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] is '-' or ':'))
        {
            end++;
        }

        return !HtmlElements.Known.Contains(tag[1..end]);
    }

    private static void Copy(string text, char[] view, SourceSpan span)
    {
        var start = Math.Max(0, span.Start);
        var end = Math.Min(text.Length - 1, span.End);
        for (var i = start; i <= end; i++)
        {
            view[i] = text[i] == '\r' ? ' ' : text[i];
        }
    }

    private static void Blank(char[] view, int at)
    {
        if (at >= 0 && at < view.Length)
        {
            view[at] = ' ';
        }
    }

    private static void Decode(char[] view, HtmlEntityInline entity)
    {
        // Markdig's spans are inclusive.
        var start = entity.Span.Start;
        var end = entity.Span.End + 1;
        if (start >= 0 && end <= view.Length)
        {
            ProseBuffer.WriteDecoded(view, start, end, entity.Transcoded.AsSpan());
        }
    }
}
