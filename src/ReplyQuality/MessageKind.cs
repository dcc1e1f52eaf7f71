namespace ReplyQuality;

/// <summary>What the customer's message is, which decides the rules that apply to the reply.</summary>
public enum MessageKind
{
    /// <summary>Not known: no customer message and <see cref="ReplyQualityOptions.AssumeComplaint"/> is off.</summary>
    Unknown,

    /// <summary>A complaint: the completeness rules (RQ301–RQ306) apply.</summary>
    Complaint,

    /// <summary>Praise: an apology in the reply is misplaced (RQ401).</summary>
    Praise,

    /// <summary>A plain question.</summary>
    Question,
}
