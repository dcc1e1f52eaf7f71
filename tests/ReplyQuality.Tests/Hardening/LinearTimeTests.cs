using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ReplyQuality.Matching;
using ReplyQuality.Text;

namespace ReplyQuality.Tests.Hardening;

/// <summary>
/// Matching is linear in the length of the reply, whatever the phrases and the text. The library builds no regular
/// expressions at all: shipped and user-supplied phrases compile into the word graph (user phrases are literal unless
/// given as patterns). Phrases written to make a backtracking matcher explode, on the text that does it, finish.
/// </summary>
public sealed class LinearTimeTests
{
    // Each stands for many ways through the same words (alternatives that overlap, optional repeats, chains of gaps),
    // within the limits every phrase must keep (16 atoms, 10 000 word sequences).
    private static readonly string[] Explosive =
    [
        "(a|a a) (a|a a) (a|a a) (a|a a) (a|a a) (a|a a) (a|a a) b",
        "a ** ** ** ** ** ** ** ** ** ** ** ** ** ** b",
        "a [a] [a] [a] [a] [a] [a] [a] [a] [a] [a] [a] [a] [a] b",
        "a (* a|a *) (* a|a *) (* a|a *) (* a|a *) (* a|a *) (* a|a *) b",
    ];

    [Fact]
    public async Task Phrases_built_to_explode_finish_on_the_text_that_explodes_them()
    {
        var builder = new PhraseMatcher.Builder();
        foreach (var phrase in Explosive)
        {
            builder.Add(PhrasePattern.Parse(phrase), 0);
        }

        var matcher = builder.Build();
        using var text = ReplyText.Parse(string.Concat(Enumerable.Repeat("a ", 20_000)), static _ => false);
        text.AssignWordIds(matcher);
        var found = new List<PhraseMatch>();

        // A hang detector, not a speed test: on a backtracking or path-enumerating matcher this takes hours.
        var run = Task.Run(() => matcher.FindAll(text, found));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Empty(found); // there is no "b"
    }

    [Fact]
    public async Task Explosive_custom_patterns_from_options_finish_on_a_reply_at_the_size_limit()
    {
        var options = new ReplyQualityOptions();
        options.Rule("RQ101").AddPhrasePatterns("en", Explosive).AddPhrasePatterns("es", Explosive);
        var analyzer = ReplyAnalyzer.Create(options);
        var reply = string.Concat(Enumerable.Repeat("a ", ReplyQualityOptions.DefaultMaxInputLength / 2));

        var run = Task.Run(() => analyzer.Analyze(new ReplyDraft(reply) { Language = "en" }));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.DoesNotContain("RQ101", (await run).RuleIds());
        Assert.Contains("RQ101", analyzer.Analyze(new ReplyDraft("a a a a b") { Language = "en" }).RuleIds());
    }

    [Theory]
    [InlineData("ReplyQuality")]
    [InlineData("ReplyQuality.Training")]
    public void The_library_builds_no_regular_expressions(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var regexTypes = metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Where(t => metadata.GetString(t.Namespace) == "System.Text.RegularExpressions")
            .Select(t => metadata.GetString(t.Name))
            .ToList();

        Assert.True(regexTypes.Count == 0, $"{assemblyName} uses {string.Join(", ", regexTypes)}: every regular expression must be source-generated with a match timeout or NonBacktracking, and listed in docs/reliability.md.");
    }

    [Fact]
    public void Custom_phrases_are_literal_and_a_bad_pattern_names_its_rule_and_phrase()
    {
        var literal = new ReplyQualityOptions();
        literal.Rule("RQ203").AddPhrases("en", "see (our|the) page*");
        var analyzer = ReplyAnalyzer.Create(literal);
        Assert.Contains("RQ203", analyzer.Analyze(new ReplyDraft("Please see (our|the) page* for that.") { Language = "en" }).RuleIds());

        var bad = new ReplyQualityOptions();
        bad.Rule("RQ205").AddPhrasePatterns("es", "(usted no leyó");
        var ex = Assert.Throws<ArgumentException>(() => ReplyAnalyzer.Create(bad));
        Assert.Contains("RQ205", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(usted no leyó", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not closed", ex.Message, StringComparison.Ordinal);
    }
}
