using ReplyQuality.Cli.Reports;

namespace ReplyQuality.Cli;

/// <summary><c>reply-lint rules</c> and <c>reply-lint explain RQxxx</c>.</summary>
internal static class RuleCommands
{
    /// <summary>Prints the catalogue, one rule per line.</summary>
    public static int List(TextWriter output)
    {
        output.WriteLine($"{"id",-6} {"name",-22} {"category",-12} {"default",-8} title");
        foreach (var rule in RuleCatalog.All)
        {
            output.WriteLine($"{rule.Id,-6} {rule.Name,-22} {Names.Lower(rule.Category),-12} {Names.Lower(rule.DefaultSeverity),-8} {rule.Title}");
        }

        output.WriteLine();
        output.WriteLine("Run 'reply-lint explain RQxxx' for what a rule catches, why, examples and how to fix it.");
        return ReplyLint.Passed;
    }

    /// <summary>Explains one rule in English and in Spanish.</summary>
    public static int Explain(TextWriter output, string id)
    {
        if (!RuleCatalog.TryGet(id.Trim(), out var rule))
        {
            throw new UsageException($"unknown rule '{id}' (run 'reply-lint rules' for the list)");
        }

        output.WriteLine($"{rule.Id} {rule.Name} — {rule.Title}");
        output.WriteLine($"category: {Names.Lower(rule.Category)} · default severity: {Names.Lower(rule.DefaultSeverity)} · {rule.HelpUri}");
        output.WriteLine();
        var english = RuleCatalog.GetText(rule.Id, "en");
        Section(output, "Why it matters", english.Why);
        Section(output, "How to fix it", english.Fix);
        Examples(output, "Examples (English)", english);
        foreach (var language in RuleCatalog.Languages.Where(l => l != "en"))
        {
            var text = RuleCatalog.GetText(rule.Id, language);
            output.WriteLine($"── {language}: {text.Title}");
            output.WriteLine();
            Section(output, language == "es" ? "Por qué importa" : "Why", text.Why);
            Section(output, language == "es" ? "Cómo corregirlo" : "Fix", text.Fix);
            Examples(output, language == "es" ? "Ejemplos (español)" : $"Examples ({language})", text);
        }

        return ReplyLint.Passed;
    }

    private static void Section(TextWriter output, string heading, string text)
    {
        output.WriteLine(heading);
        output.WriteLine($"  {text}");
        output.WriteLine();
    }

    private static void Examples(TextWriter output, string heading, RuleText text)
    {
        if (text.BadExamples.Count == 0 && text.GoodExamples.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        foreach (var bad in text.BadExamples)
        {
            output.WriteLine($"  ✗ {bad}");
        }

        foreach (var good in text.GoodExamples)
        {
            output.WriteLine($"  ✓ {good}");
        }

        output.WriteLine();
    }
}
