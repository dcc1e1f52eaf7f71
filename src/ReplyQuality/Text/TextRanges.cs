namespace ReplyQuality.Text;

/// <summary>Operations on lists of <see cref="TextRange"/>.</summary>
internal static class TextRanges
{
    /// <summary>Sorts ranges and merges the ones that overlap or touch.</summary>
    public static List<TextRange> Merge(List<TextRange> ranges)
    {
        if (ranges.Count <= 1)
        {
            return ranges;
        }

        ranges.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextRange>(ranges.Count) { ranges[0] };
        for (var i = 1; i < ranges.Count; i++)
        {
            var last = merged[^1];
            if (ranges[i].Start <= last.End)
            {
                merged[^1] = new TextRange(last.Start, Math.Max(last.End, ranges[i].End));
            }
            else
            {
                merged.Add(ranges[i]);
            }
        }

        return merged;
    }
}
