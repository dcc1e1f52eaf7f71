namespace ReplyQuality.Scoring;

/// <summary>
/// The score and the verdict. <c>Score = clamp(round(100 − Σ weight(severity) × confidence), 0, 100)</c> over the
/// findings (one per rule), with weights error 30, warning 12, info 4. <c>Verdict</c>: good when the score is at
/// least 80 and no finding is an error; poor when the score is below 50; needs-work otherwise.
/// </summary>
internal static class ReplyScoring
{
    /// <summary>Points an error takes at full confidence.</summary>
    public const double ErrorWeight = 30;

    /// <summary>Points a warning takes at full confidence.</summary>
    public const double WarningWeight = 12;

    /// <summary>Points an info takes at full confidence.</summary>
    public const double InfoWeight = 4;

    /// <summary>The lowest score of a good reply.</summary>
    public const int GoodThreshold = 80;

    /// <summary>Scores below this are poor.</summary>
    public const int PoorThreshold = 50;

    /// <summary>The score of a set of findings.</summary>
    public static int Score(IReadOnlyList<Finding> findings)
    {
        var penalty = 0.0;
        foreach (var f in findings)
        {
            penalty += Weight(f.Severity) * f.Confidence;
        }

        return (int)Math.Clamp(Math.Round(100 - penalty, MidpointRounding.AwayFromZero), 0, 100);
    }

    /// <summary>The verdict for a score and its findings.</summary>
    public static Verdict Judge(int score, IReadOnlyList<Finding> findings)
    {
        if (score < PoorThreshold)
        {
            return Verdict.Poor;
        }

        return score >= GoodThreshold && !findings.Any(f => f.Severity == Severity.Error) ? Verdict.Good : Verdict.NeedsWork;
    }

    private static double Weight(Severity severity) => severity switch
    {
        Severity.Error => ErrorWeight,
        Severity.Warning => WarningWeight,
        _ => InfoWeight,
    };
}
