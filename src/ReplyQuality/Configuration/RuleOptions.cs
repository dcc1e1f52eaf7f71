namespace ReplyQuality;

/// <summary>Settings of one rule: on or off, its severity, and extra phrases per language.</summary>
public sealed class RuleOptions
{
    /// <summary>Whether the rule runs. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The severity of the rule's findings; <see langword="null"/> keeps the rule's default.</summary>
    public Severity? Severity { get; set; }

    /// <summary>
    /// Extra phrases the rule recognises, by language code (<c>"es"</c>, <c>"en"</c>), matched literally
    /// (case, accents and punctuation are ignored as everywhere else). For the completeness rules (RQ3xx) they
    /// are more ways of saying the element (an apology, a solution…); for RQ102 they are more acronyms or brands
    /// that are not shouting; for RQ201 more explicit fault-shifting.
    /// </summary>
    public IDictionary<string, IList<string>> Phrases { get; } = new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Like <see cref="Phrases"/>, but written in the phrase syntax of the built-in lists (alternatives
    /// <c>(a|b)</c>, optional <c>[a]</c>, prefixes <c>pref*</c>, <c>*</c>, <c>**</c>, <c>&lt;num&gt;</c>). The
    /// syntax has no backtracking: matching stays linear whatever is written.
    /// </summary>
    public IDictionary<string, IList<string>> PhrasePatterns { get; } = new Dictionary<string, IList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds literal phrases for a language.</summary>
    /// <returns>These options, for chaining.</returns>
    public RuleOptions AddPhrases(string language, params IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(phrases);
        Add(Phrases, language, phrases);
        return this;
    }

    /// <summary>Adds phrases written in the phrase syntax for a language.</summary>
    /// <returns>These options, for chaining.</returns>
    public RuleOptions AddPhrasePatterns(string language, params IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(patterns);
        Add(PhrasePatterns, language, patterns);
        return this;
    }

    private static void Add(IDictionary<string, IList<string>> target, string language, IEnumerable<string> phrases)
    {
        if (!target.TryGetValue(language, out var list))
        {
            list = [];
            target[language] = list;
        }

        foreach (var phrase in phrases)
        {
            list.Add(phrase);
        }
    }
}
