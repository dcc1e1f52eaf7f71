namespace ReplyQuality.Training;

/// <summary>
/// Platt scaling: fits P(y = 1 | s) = 1 / (1 + exp(A·s + B)) to scores and labels by Newton's method with Platt's
/// smoothed targets (Platt 1999; the robust variant of Lin, Lin and Weng 2007), so that a probability of 0.8 means
/// about 80 % of such sentences carry the tag.
/// </summary>
internal static class PlattCalibration
{
    public static (float Slope, float Offset) Fit(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var a = 0.0;
        var b = Math.Log((negatives + 1.0) / (positives + 1.0));
        var value = Objective(scores, labels, a, b, high, low);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            // Gradient and Hessian (with a small ridge for stability).
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? high : low;
                var f = (scores[i] * a) + b;
                var (p, q) = f >= 0 ? (Math.Exp(-f) / (1 + Math.Exp(-f)), 1 / (1 + Math.Exp(-f))) : (1 / (1 + Math.Exp(f)), Math.Exp(f) / (1 + Math.Exp(f)));
                var d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = t - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
            {
                break;
            }

            var determinant = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / determinant;
            var db = -((-h21 * g1) + (h11 * g2)) / determinant;
            var gd = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var next = Objective(scores, labels, a + (step * da), b + (step * db), high, low);
                if (next < value + (1e-4 * step * gd))
                {
                    a += step * da;
                    b += step * db;
                    value = next;
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break;
            }
        }

        return ((float)a, (float)b);
    }

    private static double Objective(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, double a, double b, double high, double low)
    {
        var sum = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var t = labels[i] ? high : low;
            var f = (scores[i] * a) + b;
            sum += f >= 0 ? (t * f) + Math.Log(1 + Math.Exp(-f)) : ((t - 1) * f) + Math.Log(1 + Math.Exp(f));
        }

        return sum;
    }
}
