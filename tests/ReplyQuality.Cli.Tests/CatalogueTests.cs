using System.Text.RegularExpressions;

namespace ReplyQuality.Cli.Tests;

/// <summary><c>reply-lint rules</c> (the catalogue) and <c>reply-lint explain RQ201</c> (what, why, examples in both languages, how to fix).</summary>
public sealed class CatalogueTests
{
    [Fact]
    public void Rules_lists_the_20_rules()
    {
        using var workspace = TempWorkspace.Create();

        var run = workspace.Run("rules");

        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
        var listed = Regex.Matches(run.Stdout, @"\bRQ\d{3}\b").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Catalogue.Names.Keys.Order(StringComparer.Ordinal).ToList(), listed);
    }

    [Fact]
    public void Explain_gives_the_name_why_examples_in_both_languages_and_the_fix()
    {
        using var workspace = TempWorkspace.Create();

        var run = workspace.Run("explain", "RQ201");

        Assert.True(run.ExitCode == 0, run.Because("Expected exit code 0."));
        var text = Regex.Replace(run.Stdout, @"\s+", " ");
        string[] expected =
        [
            "RQ201",
            "blames-third-party",
            // why (English and Spanish)
            "Shifting the blame sounds like an excuse",
            "Al cliente no le interesan sus proveedores ni su mensajería",
            // a bad example in each language
            "Unfortunately our supplier let us down, so there is nothing we can do.",
            "La culpa es de la empresa de mensajería, nosotros enviamos su pedido a tiempo.",
            // how to fix
            "Own the problem",
        ];
        var missing = Array.FindAll(expected, e => !text.Contains(e, StringComparison.Ordinal));
        Assert.True(missing.Length == 0, run.Because("explain RQ201 should contain: " + string.Join(" | ", missing)));
    }
}
