using ReplyQuality.Languages;
using ReplyQuality.Rules;

namespace ReplyQuality.Tests.Rules;

/// <summary>Every language provably wired (FluentValidation's lesson): a rule cannot ship in one language only.</summary>
public sealed class LanguageWiringTests
{
    public static TheoryData<string> Languages() => [.. LanguageCatalog.Codes];

    [Fact]
    public void Spanish_and_English_are_shipped()
    {
        Assert.Equal(["en", "es"], LanguageCatalog.Codes);
        Assert.Equal(["en", "es"], RuleCatalog.Languages);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_every_support_file(string language)
    {
        var files = LanguageCatalog.Files[language];
        var data = LanguageCatalog.Profiles[language];
        Assert.True(data.Stopwords.Count >= 100, $"{language}: language.txt needs at least 100 stop words");
        Assert.True(data.Abbreviations.Count >= 10, $"{language}: abbreviations.txt is too short");
        Assert.True(files.ContainsKey("negation") && files["negation"].Lines("negators").Count >= 5, $"{language}: negation.txt is missing or too short");
        foreach (var kind in new[] { "complaint", "praise", "question" })
        {
            Assert.True(files["message-kind"].Lines(kind).Count >= 20, $"{language}: message-kind.txt needs a real '{kind}' section");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_rule_reads_non_empty_phrase_lists(string language)
    {
        var files = LanguageCatalog.Files[language];
        var required = new Dictionary<string, string[]>
        {
            ["RQ101"] = ["match"], ["RQ102"] = ["acronyms"], ["RQ103"] = ["match"],
            ["RQ201"] = ["blame", "cause"], ["RQ202"] = ["match"], ["RQ203"] = ["match", "help-offer"],
            ["RQ204"] = ["match"], ["RQ205"] = ["match"], ["RQ206"] = ["match"], ["RQ207"] = ["match"], ["RQ208"] = ["match"],
            ["RQ301"] = ["present"], ["RQ302"] = ["present"], ["RQ303"] = ["present"], ["RQ304"] = ["present"],
            ["RQ305"] = ["present", "promise"], ["RQ306"] = ["present"],
        };
        foreach (var (rule, sections) in required)
        {
            Assert.True(files.ContainsKey(rule), $"{language}/{rule}.txt is missing");
            foreach (var section in sections)
            {
                Assert.True(files[rule].Lines(section).Count >= 10, $"{language}/{rule}.txt: section '{section}' has fewer than 10 phrases");
            }
        }
    }

    [Fact]
    public void Non_english_languages_translate_every_rule_text()
    {
        foreach (var language in LanguageCatalog.Codes.Where(l => l != "en"))
        {
            foreach (var rule in RuleSet.All)
            {
                var file = LanguageCatalog.Files[language].GetValueOrDefault(rule.Descriptor.Id);
                Assert.True(file is not null, $"{language}/{rule.Descriptor.Id}.txt is missing");
                Assert.False(string.IsNullOrWhiteSpace(file.Title), $"{language}/{rule.Descriptor.Id}.txt: @title missing");
                Assert.False(string.IsNullOrWhiteSpace(file.Message), $"{language}/{rule.Descriptor.Id}.txt: @message missing");
                Assert.False(string.IsNullOrWhiteSpace(file.Why), $"{language}/{rule.Descriptor.Id}.txt: @why missing");
                Assert.False(string.IsNullOrWhiteSpace(file.Fix), $"{language}/{rule.Descriptor.Id}.txt: @fix missing");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_language_has_hundreds_of_expressions(string language)
    {
        var data = LanguageCatalog.DefaultFor(language);
        var lines = LanguageCatalog.Files[language].Values
            .Where(f => f.Name.StartsWith("RQ", StringComparison.Ordinal))
            .Sum(f => f.Sections.Values.Where(s => s.Name != "acronyms").Sum(s => s.Lines.Count));
        Assert.True(lines >= 600, $"{language}: only {lines} phrase lines across the rules");
        Assert.True(data.ReplyMatcher.VocabularySize >= 800, $"{language}: vocabulary of {data.ReplyMatcher.VocabularySize} words");
    }
}
