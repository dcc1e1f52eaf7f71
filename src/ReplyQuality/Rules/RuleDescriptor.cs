namespace ReplyQuality;

/// <summary>
/// What a rule is: its stable id, name, family, default severity and help texts. Declared once, next to the
/// rule's logic; ids are public API and never renumbered.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Where the rule documentation lives; a rule's page is <c>{HelpBase}{Id}.md</c>.</summary>
    public const string HelpBase = "https://github.com/replyquality/ReplyQuality/blob/main/docs/rules/";

    internal RuleDescriptor(string id, string name, RuleCategory category, Severity defaultSeverity, string title, string messageFormat, string description, string suggestion)
    {
        Id = id;
        Name = name;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Title = title;
        MessageFormat = messageFormat;
        Description = description;
        Suggestion = suggestion;
        HelpUri = new Uri(HelpBase + id + ".md");
    }

    /// <summary>The stable id, such as <c>RQ201</c>.</summary>
    public string Id { get; }

    /// <summary>The kebab-case name, such as <c>blames-third-party</c>.</summary>
    public string Name { get; }

    /// <summary>The rule's family.</summary>
    public RuleCategory Category { get; }

    /// <summary>The severity of its findings unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>A short title, in English.</summary>
    public string Title { get; }

    /// <summary>What the rule catches and why it matters, in English, from the guide.</summary>
    public string Description { get; }

    /// <summary>How to fix a finding, in English.</summary>
    public string Suggestion { get; }

    /// <summary>The rule's documentation page.</summary>
    public Uri HelpUri { get; }

    /// <summary>The English message template; <c>{text}</c> is the first matched text.</summary>
    internal string MessageFormat { get; }
}
