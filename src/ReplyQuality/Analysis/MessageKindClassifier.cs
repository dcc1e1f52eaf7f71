using ReplyQuality.Languages;
using ReplyQuality.Matching;
using ReplyQuality.Text;

namespace ReplyQuality.Analysis;

/// <summary>What the customer's message is, and how sure the engine is.</summary>
/// <param name="Kind">Complaint, praise, question or unknown.</param>
/// <param name="Confidence">From 0 to 1.</param>
/// <param name="Assumed">Whether the kind was assumed (no customer message) rather than read.</param>
internal readonly record struct MessageKindResult(MessageKind Kind, double Confidence, bool Assumed);

/// <summary>
/// Reads the customer's message with the language's <c>message-kind</c> cues. Complaint cues win over praise
/// when both appear ("great, another delay"); a message with no cue at all is taken as a complaint when
/// complaints are assumed.
/// </summary>
internal static class MessageKindClassifier
{
    /// <summary>Confidence when no customer message is given and a complaint is assumed.</summary>
    public const double AssumedConfidence = 0.7;

    /// <summary>Classifies the customer's message.</summary>
    public static MessageKindResult Classify(string? message, LanguageData data, bool assumeComplaint)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return assumeComplaint ? new MessageKindResult(MessageKind.Complaint, AssumedConfidence, Assumed: true) : new MessageKindResult(MessageKind.Unknown, 0, Assumed: true);
        }

        var text = ReplyText.Parse(message, LanguageCatalog.Abbreviations.Contains);
        text.AssignWordIds(data.CustomerMatcher.WordId);
        var matches = new List<PhraseMatch>();
        data.CustomerMatcher.FindAll(text, matches);
        int complaint = 0, praise = 0, question = 0;
        var lastEnd = new int[data.CustomerSections.Count];
        foreach (var m in matches.OrderBy(m => m.FirstToken))
        {
            // Count matches of a cue list that do not overlap each other.
            if (m.FirstToken < lastEnd[m.Section])
            {
                continue;
            }

            lastEnd[m.Section] = m.EndToken;
            switch (data.CustomerSections[m.Section].Name)
            {
                case "complaint":
                    complaint++;
                    break;
                case "praise":
                    praise++;
                    break;
                case "question":
                    question++;
                    break;
            }
        }

        // "??", "?!" and "!?" are exasperation, not a plain question.
        if (message.Contains("??", StringComparison.Ordinal) || message.Contains("?!", StringComparison.Ordinal) || message.Contains("!?", StringComparison.Ordinal))
        {
            complaint++;
        }
        else if (message.Contains('?', StringComparison.Ordinal))
        {
            question++;
        }

        if (complaint > 0 && complaint >= praise)
        {
            return new MessageKindResult(MessageKind.Complaint, complaint >= 2 ? 0.9 : 0.8, Assumed: false);
        }

        if (praise > 0)
        {
            return new MessageKindResult(MessageKind.Praise, praise >= 2 && complaint == 0 ? 0.9 : 0.75, Assumed: false);
        }

        if (question > 0)
        {
            return new MessageKindResult(MessageKind.Question, 0.8, Assumed: false);
        }

        return assumeComplaint ? new MessageKindResult(MessageKind.Complaint, 0.6, Assumed: true) : new MessageKindResult(MessageKind.Unknown, 0, Assumed: true);
    }
}
