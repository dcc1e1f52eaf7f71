using ReplyQuality.Languages;
using ReplyQuality.Text;

namespace ReplyQuality.Analysis;

/// <summary>
/// Tells Spanish from English without any external service: counts each language's frequent function words
/// and its typical characters (ñ, ¿, ¡, accented vowels). Returns <see langword="null"/> when the text gives no
/// evidence either way.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>The most likely language of <paramref name="text"/>, or <see langword="null"/> on a tie.</summary>
    public static string? Detect(ReplyText text, IReadOnlyDictionary<string, LanguageProfile> languages)
    {
        string? best = null;
        var bestScore = 0;
        var tie = false;
        foreach (var (code, data) in languages)
        {
            var score = 0;
            foreach (ref readonly var token in text.Tokens)
            {
                if (data.Stopwords.Contains(text.Word(in token)))
                {
                    score += 2;
                }
            }

            if (data.LetterCues.Length > 0)
            {
                foreach (var c in text.Original)
                {
                    if (data.LetterCues.Contains(c, StringComparison.Ordinal))
                    {
                        score++;
                    }
                }
            }

            if (score > bestScore)
            {
                best = code;
                bestScore = score;
                tie = false;
            }
            else if (score == bestScore && score > 0)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }
}
