namespace ReplyQuality;

/// <summary>What found a finding.</summary>
public enum FindingSource
{
    /// <summary>A rule analyzer (phrase lists and patterns).</summary>
    Rule,

    /// <summary>The machine-learned model.</summary>
    Model,

    /// <summary>Both agreed.</summary>
    Both,
}
