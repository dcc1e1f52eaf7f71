using System.Text.RegularExpressions;

namespace ReplyQuality.Cli.Inputs;

/// <summary>
/// Inline suppressions: <c>reply-lint-disable RQ203 RQ204</c> inside a reply file (in any comment syntax), and
/// the <c>suppress</c> field of a structured record (a rule id, a comma- or space-separated list, or an array).
/// </summary>
internal static partial class Suppressions
{
    /// <summary>The rule ids a whole-file reply disables; <c>*</c> when it disables all.</summary>
    public static IReadOnlySet<string> FromText(string text)
    {
        HashSet<string>? rules = null;
        foreach (Match match in DisableDirective().Matches(text))
        {
            rules ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var ids = RuleId().Matches(match.Groups["rules"].Value);
            if (ids.Count == 0)
            {
                rules.Add("*");
            }

            foreach (Match id in ids)
            {
                rules.Add(id.Value.ToUpperInvariant());
            }
        }

        return rules ?? (IReadOnlySet<string>)new HashSet<string>();
    }

    /// <summary>Parses a <c>suppress</c> value given as text.</summary>
    public static IReadOnlySet<string> FromList(IEnumerable<string?> values)
    {
        var rules = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var part in value.Split([',', ' ', ';', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                rules.Add(part.Equals("all", StringComparison.OrdinalIgnoreCase) ? "*" : part.ToUpperInvariant());
            }
        }

        return rules;
    }

    [GeneratedRegex(@"reply-lint-disable(?<rules>(?:[ \t,]+RQ\d{3})*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DisableDirective();

    [GeneratedRegex(@"RQ\d{3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RuleId();
}
