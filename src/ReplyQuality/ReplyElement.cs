namespace ReplyQuality;

/// <summary>A part of a good reply found in the draft, such as its apology or its solution.</summary>
/// <param name="Kind">What the part does.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Confidence">How sure the engine is, from 0 to 1.</param>
/// <param name="Source">What found it.</param>
public sealed record ReplyElement(ReplyElementKind Kind, ReplySpan Span, double Confidence, FindingSource Source);
