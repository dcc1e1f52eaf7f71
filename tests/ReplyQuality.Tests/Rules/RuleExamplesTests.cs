using ReplyQuality.Languages;
using ReplyQuality.Rules;

namespace ReplyQuality.Tests.Rules;

/// <summary>
/// Every rule carries its own bad and good examples in each language's data file (as LanguageTool's rules do);
/// this one theory runs them all. Adding a rule or an example means adding data, not a test.
/// </summary>
public sealed class RuleExamplesTests
{
    public static TheoryData<string, string, string> BadExamples() => Examples(good: false);

    public static TheoryData<string, string, string> GoodExamples() => Examples(good: true);

    [Theory]
    [MemberData(nameof(BadExamples))]
    public void Rule_fires_on_its_bad_examples(string ruleId, string language, string example)
    {
        var assessment = Analyzers.Analyze(example, language);

        Assert.True(assessment.RuleIds().Contains(ruleId), $"{ruleId} ({language}) should fire on: {example}\nFound: {string.Join(", ", assessment.RuleIds())}");
    }

    [Theory]
    [MemberData(nameof(GoodExamples))]
    public void Rule_stays_quiet_on_its_good_examples(string ruleId, string language, string example)
    {
        var assessment = Analyzers.Analyze(example, language);

        var finding = assessment.Finding(ruleId);
        Assert.True(finding is null, $"{ruleId} ({language}) should not fire on: {example}\nIt fired on: {string.Join(" | ", finding?.Spans.Select(s => s.Text) ?? [])}");
    }

    [Fact]
    public void Every_phrase_rule_has_examples_in_every_language()
    {
        foreach (var rule in RuleSet.All.Where(r => r.CustomPhraseSection is not null))
        {
            foreach (var language in LanguageCatalog.Codes)
            {
                var file = LanguageCatalog.Files[language].GetValueOrDefault(rule.Descriptor.Id);
                Assert.True(file is not null, $"{language}/{rule.Descriptor.Id}.txt is missing");
                Assert.True(file.BadExamples.Count >= 3, $"{language}/{rule.Descriptor.Id}.txt needs at least 3 @bad examples");
                Assert.True(file.GoodExamples.Count >= 3, $"{language}/{rule.Descriptor.Id}.txt needs at least 3 @good examples");
            }
        }
    }

    private static TheoryData<string, string, string> Examples(bool good)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (language, files) in LanguageCatalog.Files.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var file in files.Values.Where(f => f.Name.StartsWith("RQ", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                foreach (var example in good ? file.GoodExamples : file.BadExamples)
                {
                    data.Add(file.Name, language, example);
                }
            }
        }

        return data;
    }
}
