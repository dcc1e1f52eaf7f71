namespace ReplyQuality;

/// <summary>The parts of a good reply to a complaint, which the completeness rules look for.</summary>
public enum ReplyElementKind
{
    /// <summary>An apology for the harm or the wait (RQ301).</summary>
    Apology,

    /// <summary>A fix, an offer, a concrete next step or the easiest way to get one (RQ302).</summary>
    Solution,

    /// <summary>Acknowledging how the customer feels or what it cost them (RQ303).</summary>
    Empathy,

    /// <summary>What happened, the cause, or what is being done (RQ304).</summary>
    Explanation,

    /// <summary>When the customer will get the fix (RQ305).</summary>
    Timeline,

    /// <summary>Thanks for writing, for the patience, for the report (RQ306).</summary>
    Thanks,
}
