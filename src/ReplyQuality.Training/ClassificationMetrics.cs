namespace ReplyQuality.Training;

/// <summary>Counts of one tag or rule on a labelled set, and the precision, recall and F1 they give.</summary>
/// <param name="Name">The tag, rule id, or a summary row such as <c>micro</c>.</param>
/// <param name="Language">The language, or <see langword="null"/> for all.</param>
/// <param name="TruePositives">Found and expected.</param>
/// <param name="FalsePositives">Found, not expected.</param>
/// <param name="FalseNegatives">Expected, not found.</param>
public sealed record ClassificationMetrics(string Name, string? Language, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>How many examples carry the label.</summary>
    public int Support => TruePositives + FalseNegatives;

    /// <summary>Of what was found, the share that was expected (1 when nothing was found).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Of what was expected, the share that was found (1 when nothing was expected).</summary>
    public double Recall => Support == 0 ? 1 : (double)TruePositives / Support;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of several rows (micro-averaging).</summary>
    public static ClassificationMetrics Sum(string name, string? language, IEnumerable<ClassificationMetrics> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int tp = 0, fp = 0, fn = 0;
        foreach (var row in rows)
        {
            tp += row.TruePositives;
            fp += row.FalsePositives;
            fn += row.FalseNegatives;
        }

        return new ClassificationMetrics(name, language, tp, fp, fn);
    }

    /// <summary>Counts one decision per example.</summary>
    internal static ClassificationMetrics Count(string name, string? language, IEnumerable<(bool Expected, bool Predicted)> decisions)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (expected, predicted) in decisions)
        {
            tp += expected && predicted ? 1 : 0;
            fp += !expected && predicted ? 1 : 0;
            fn += expected && !predicted ? 1 : 0;
        }

        return new ClassificationMetrics(name, language, tp, fp, fn);
    }
}
