namespace ReplyQuality.Tests.Rules;

/// <summary>Rule ids are public API (as Roslyn tracks shipped analyzers): the catalogue must match ShippedRules.txt.</summary>
public sealed class ShippedRulesTests
{
    [Fact]
    public void Catalogue_matches_the_shipped_rules_file()
    {
        var shipped = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ShippedRules.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();
        var actual = RuleCatalog.All.Select(r => $"{r.Id}\t{r.Name}\t{r.Category}\t{r.DefaultSeverity}").ToArray();

        Assert.Equal(shipped, actual);
    }

    [Fact]
    public void Every_rule_has_texts_and_a_help_page()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches("^RQ[1-4]0[1-9]$", rule.Id);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", rule.Name);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.True(rule.Description.Length > 60, $"{rule.Id} needs a real description");
            Assert.True(rule.Suggestion.Length > 30, $"{rule.Id} needs a real suggestion");
            Assert.EndsWith($"/docs/rules/{rule.Id}.md", rule.HelpUri.AbsoluteUri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rule_has_a_documentation_page_linked_from_the_readme()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        foreach (var rule in RuleCatalog.All)
        {
            var page = Path.Combine(root, "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"docs/rules/{rule.Id}.md is missing (run python3 docs/rules/generate.py)");
            Assert.StartsWith($"# {rule.Id} {rule.Name}", File.ReadAllText(page), StringComparison.Ordinal);
            Assert.Contains($"[{rule.Id}](docs/rules/{rule.Id}.md)", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_usage_example_prints_what_the_library_returns()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var assessment = ReplyAnalyzer.CreateDefault().Analyze(new ReplyDraft("Consulte nuestra web. La culpa es del transportista.")
        {
            CustomerMessage = "Llevo dos semanas esperando mi pedido",
        });

        Assert.Contains("new ReplyDraft(\"Consulte nuestra web. La culpa es del transportista.\")", readme, StringComparison.Ordinal);
        Assert.Contains($"// {assessment.Score}/100 {assessment.Verdict}", readme, StringComparison.Ordinal);
        Assert.Contains(assessment.Findings, f => f.RuleId == "RQ201");
        Assert.Contains(assessment.Findings, f => f.RuleId == "RQ203");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReplyQuality.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }

    [Fact]
    public void Rules_can_be_found_by_id_in_any_case()
    {
        Assert.True(RuleCatalog.TryGet("rq203", out var rule));
        Assert.Equal("website-deflection", rule.Name);
        Assert.False(RuleCatalog.TryGet("RQ999", out _));
    }
}
