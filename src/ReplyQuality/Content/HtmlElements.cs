using System.Collections.Frozen;

namespace ReplyQuality.Content;

/// <summary>The HTML element names the content readers know: a tag with another name is text ("&lt;insert date&gt;").</summary>
internal static class HtmlElements
{
    /// <summary>Elements that start or end a block: a sentence never runs across them.</summary>
    public static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "title", "tr", "ul");

    /// <summary>Elements whose content is not the agent's prose: quoted mail, code, scripts, styles, the head.</summary>
    public static readonly FrozenSet<string> Excluded = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "blockquote", "code", "head", "kbd", "math", "noscript", "pre", "samp", "script", "style", "svg", "template",
        "textarea", "title");

    /// <summary>Every element the readers treat as markup.</summary>
    public static readonly FrozenSet<string> Known = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. Blocks, .. Excluded,
        "a", "abbr", "b", "bdi", "bdo", "big", "button", "cite", "col", "colgroup", "data", "del", "dfn", "em", "font",
        "i", "iframe", "img", "input", "ins", "label", "legend", "link", "mark", "meta", "o:p", "object", "optgroup",
        "option", "picture", "q", "s", "select", "small", "source", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var", "video", "audio", "wbr"]);
}
