namespace ReplyQuality;

/// <summary>
/// A rule explained in one language: its title, why it matters, how to fix it, and the rule's own examples
/// (replies it must flag and near misses it must leave alone). Used by documentation and <c>reply-lint explain</c>.
/// </summary>
/// <param name="RuleId">The rule, such as <c>RQ201</c>.</param>
/// <param name="Language">The language of the texts (<c>"es"</c> or <c>"en"</c>).</param>
/// <param name="Title">Short title.</param>
/// <param name="Why">Why it matters, from the guide.</param>
/// <param name="Fix">How to fix it.</param>
/// <param name="BadExamples">Replies on which the rule fires.</param>
/// <param name="GoodExamples">Close replies on which it does not.</param>
public sealed record RuleText(
    string RuleId,
    string Language,
    string Title,
    string Why,
    string Fix,
    IReadOnlyList<string> BadExamples,
    IReadOnlyList<string> GoodExamples);
