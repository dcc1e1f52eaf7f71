namespace ReplyQuality;

/// <summary>How a reply is written: plain text, Markdown or HTML (help-desk macros are often one of the last two).</summary>
public enum ReplyFormat
{
    /// <summary>Decide from the text: HTML when it is made of HTML elements, Markdown when it uses Markdown structure, else plain text.</summary>
    Auto = 0,

    /// <summary>Plain text: every character is the agent's, except quoted mail, signatures and addresses.</summary>
    PlainText,

    /// <summary>Markdown (CommonMark): markup, code and block quotes are not the agent's prose.</summary>
    Markdown,

    /// <summary>HTML: tags, attributes, scripts, styles and block quotes are not the agent's prose.</summary>
    Html,
}
