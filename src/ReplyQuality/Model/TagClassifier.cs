namespace ReplyQuality.Model;

/// <summary>One tag's classifier: a calibrated linear score over sparse features, and its decision threshold.</summary>
/// <param name="Name">The tag.</param>
/// <param name="Bias">Bias of the linear score.</param>
/// <param name="Slope">Platt calibration slope.</param>
/// <param name="Offset">Platt calibration offset.</param>
/// <param name="Threshold">Probability from which the tag is taken as present.</param>
/// <param name="Indices">Feature buckets with a weight, ascending.</param>
/// <param name="Weights">The weights, aligned with <paramref name="Indices"/>.</param>
internal sealed record TagClassifier(string Name, float Bias, float Slope, float Offset, float Threshold, int[] Indices, float[] Weights)
{
    /// <summary>The calibrated probability of a linear score.</summary>
    public float Calibrate(float score) => 1f / (1f + MathF.Exp((Slope * score) + Offset));

    /// <summary>The weight of a feature bucket (0 when the tag has none).</summary>
    public float Weight(int bucket)
    {
        var at = Array.BinarySearch(Indices, bucket);
        return at >= 0 ? Weights[at] : 0f;
    }

    /// <summary>The linear score (before calibration) of a featurised sentence.</summary>
    public float RawScore(SparseVector vector)
    {
        var score = Bias;
        for (var i = 0; i < vector.Indices.Length; i++)
        {
            score += vector.Values[i] * Weight(vector.Indices[i]);
        }

        return score;
    }
}
