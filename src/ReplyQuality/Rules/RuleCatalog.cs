using ReplyQuality.Rules;

namespace ReplyQuality;

/// <summary>The catalogue of rules ReplyQuality checks (RQ101–RQ402), as documented in the guide.</summary>
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
}
