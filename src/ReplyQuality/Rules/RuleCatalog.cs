using ReplyQuality.Rules;

namespace ReplyQuality;

/// <summary>The catalogue of rules ReplyQuality checks (RQ101–RQ403), as documented in the guide.</summary>
public static class RuleCatalog
{
    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [.. RuleSet.All.Select(r => r.Descriptor)];

    /// <summary>The languages the rules are written for: <c>"en"</c> and <c>"es"</c>.</summary>
    public static IReadOnlyList<string> Languages => global::ReplyQuality.Languages.LanguageCatalog.Codes;

    /// <summary>Finds a rule by id (case-insensitive), such as <c>RQ201</c>.</summary>
    /// <returns><see langword="true"/> when the rule exists.</returns>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? rule)
    {
        ArgumentNullException.ThrowIfNull(id);
        rule = RuleSet.Find(id)?.Descriptor;
        return rule is not null;
    }

    /// <summary>
    /// The rule explained in a language: texts from the language's data file (English texts come from the
    /// descriptor) and the rule's own examples in that language.
    /// </summary>
    /// <param name="id">A rule id, such as <c>RQ201</c> (case-insensitive).</param>
    /// <param name="language"><c>"es"</c> or <c>"en"</c>.</param>
    /// <exception cref="ArgumentException">The rule or the language is unknown.</exception>
    public static RuleText GetText(string id, string language)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(language);
        var rule = RuleSet.Find(id)?.Descriptor
            ?? throw new ArgumentException($"Unknown rule '{id}'. Rules are RQ101–RQ403; see RuleCatalog.All.", nameof(id));
        var code = language.Trim().ToLowerInvariant();
        if (!global::ReplyQuality.Languages.LanguageCatalog.Files.TryGetValue(code, out var files))
        {
            throw new ArgumentException($"Unsupported language '{language}'. Supported: {string.Join(", ", Languages)}.", nameof(language));
        }

        var file = files.GetValueOrDefault(rule.Id);
        return new RuleText(
            rule.Id,
            code,
            file?.Title ?? rule.Title,
            file?.Why ?? rule.Description,
            file?.Fix ?? rule.Suggestion,
            file is null ? [] : [.. file.BadExamples],
            file is null ? [] : [.. file.GoodExamples]);
    }
}
