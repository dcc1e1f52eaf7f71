namespace ReplyQuality;

/// <summary>A piece of the reply: UTF-16 offsets into <see cref="ReplyDraft.Text"/> and the text they cover.</summary>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The covered text: always <c>draft.Text.Substring(Start, Length)</c>.</param>
public readonly record struct ReplySpan(int Start, int Length, string Text)
{
    /// <summary>Offset one past the last UTF-16 code unit.</summary>
    public int End => Start + Length;
}
