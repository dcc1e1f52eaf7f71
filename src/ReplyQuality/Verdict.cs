namespace ReplyQuality;

/// <summary>
/// The overall judgement of a reply, from its score and findings:
/// <see cref="Good"/> when the score is at least 80 and nothing is an error; <see cref="Poor"/> when the score
/// is below 50; <see cref="NeedsWork"/> otherwise.
/// </summary>
public enum Verdict
{
    /// <summary>Ready to send (JSON: <c>good</c>).</summary>
    Good,

    /// <summary>Fix the findings before sending (JSON: <c>needs-work</c>).</summary>
    NeedsWork,

    /// <summary>Rewrite it (JSON: <c>poor</c>).</summary>
    Poor,
}
