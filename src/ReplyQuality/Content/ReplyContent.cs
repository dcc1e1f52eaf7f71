using ReplyQuality.Text;

namespace ReplyQuality.Content;

/// <summary>
/// A reply read the way a person reads it. <see cref="View"/> is the "prose view": a string of the same length as the
/// reply where everything that is not the agent's own prose — markup, code, quoted mail, signatures, template
/// placeholders — is blank, HTML character references are decoded in place and link addresses stay where they are.
/// Offsets into the view are offsets into the reply, so every span still points into <see cref="ReplyDraft.Text"/>.
/// </summary>
/// <param name="View">The prose view; the reply itself when nothing needed masking (the common, allocation-free case).</param>
/// <param name="Format">How the reply was read (never <see cref="ReplyFormat.Auto"/>).</param>
/// <param name="Unfilled">Placeholders the agent had to fill by hand and left (RQ403), in order.</param>
internal readonly record struct ReplyContent(string View, ReplyFormat Format, TextRange[] Unfilled)
{
    /// <summary>Reads a reply in the given format (<see cref="ReplyFormat.Auto"/>: detected).</summary>
    public static ReplyContent Read(string text, ReplyFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (format == ReplyFormat.Auto)
        {
            format = FormatDetector.Detect(text);
        }

        var markdown = format == ReplyFormat.Markdown ? MarkdownProse.TryRead(text) : null;
        if (format == ReplyFormat.Markdown && markdown is null)
        {
            format = ReplyFormat.PlainText; // too hostile for a Markdown parser: plain text never fails
        }

        var view = format switch
        {
            ReplyFormat.Html => new ProseBuffer(text, HtmlProse.Read(text)),
            ReplyFormat.Markdown => new ProseBuffer(text, markdown!),
            _ => new ProseBuffer(text),
        };

        MailStructure.Mask(view);
        var unfilled = Placeholders.Mask(view);
        return new ReplyContent(view.ToView(), format, unfilled);
    }
}
