using System.Reflection;
using System.Text.RegularExpressions;

namespace ReplyQuality.Cli.Tests;

/// <summary>
/// Every regular expression reply-lint builds is linear-time: source-generated with a match timeout or
/// NonBacktracking, found by reflection over the built tool (so a new one cannot slip in unchecked), and classic
/// catastrophic inputs finish without reaching the timeout. (The library builds none: phrases compile into its word
/// graph, see LinearTimeTests in ReplyQuality.Tests.)
/// </summary>
public sealed class RegexAuditTests
{
    private static readonly string[] Hostile =
    [
        "reply-lint-disable" + string.Concat(Enumerable.Repeat(" ,\t", 30_000)) + "!",
        "reply-lint-disable" + string.Concat(Enumerable.Repeat(" RQ10", 30_000)),
        "<!-- reply-lint-disable " + string.Concat(Enumerable.Repeat("RQ203, ", 20_000)) + "RQ2",
        string.Concat(Enumerable.Repeat("RQ", 50_000)) + "9",
        new string('R', 100_000),
    ];

    [Fact]
    public void Every_regex_of_the_tool_has_a_timeout_or_does_not_backtrack_and_survives_hostile_input()
    {
        var regexes = Find(Assembly.LoadFrom(ReplyLint.DllPath)).ToList();

        Assert.True(regexes.Count >= 2, $"expected the suppression-comment patterns, found {regexes.Count}");
        foreach (var (name, regex) in regexes)
        {
            Assert.True(
                regex.MatchTimeout != Regex.InfiniteMatchTimeout || regex.Options.HasFlag(RegexOptions.NonBacktracking),
                $"{name} ({regex}) has neither a match timeout nor NonBacktracking");
            foreach (var input in Hostile)
            {
                // Throws RegexMatchTimeoutException if the pattern backtracks catastrophically on this input.
                _ = regex.Count(input);
            }
        }
    }

    // Static Regex fields and properties, and parameterless static methods returning Regex ([GeneratedRegex]).
    private static IEnumerable<(string Name, Regex Regex)> Find(Assembly assembly)
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var field in type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)))
            {
                if (field.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.FullName}.{field.Name}", regex);
                }
            }

            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsSpecialName))
            {
                yield return ($"{type.FullName}.{method.Name}()", (Regex)method.Invoke(null, null)!);
            }

            foreach (var property in type.GetProperties(Static).Where(p => p.PropertyType == typeof(Regex)))
            {
                yield return ($"{type.FullName}.{property.Name}", (Regex)property.GetValue(null)!);
            }
        }
    }
}
