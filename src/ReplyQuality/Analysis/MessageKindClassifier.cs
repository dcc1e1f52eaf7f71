using ReplyQuality.Languages;
using ReplyQuality.Matching;
using ReplyQuality.Model;
using ReplyQuality.Text;

namespace ReplyQuality.Analysis;

/// <summary>What the customer's message is, and how sure the engine is.</summary>
/// <param name="Kind">Complaint, praise, question or unknown.</param>
/// <param name="Confidence">From 0 to 1.</param>
/// <param name="Assumed">Whether the kind was assumed (no customer message) rather than read.</param>
internal readonly record struct MessageKindResult(MessageKind Kind, double Confidence, bool Assumed);

/// <summary>
/// Reads the customer's message with the language's <c>message-kind</c> cues and, when the model has a message
/// classifier, with the model. Complaint cues win over praise when both appear ("great, another delay"). The
/// model decides when no cue is found, and overrules a single weak cue when it is very sure (a sarcastic "thanks
/// for nothing" is a complaint); when both agree the confidence rises. A message that neither reads is taken as a
/// complaint when complaints are assumed.
/// </summary>
internal static class MessageKindClassifier
{
    /// <summary>Confidence when no customer message is given and a complaint is assumed.</summary>
    public const double AssumedConfidence = 0.7;

    /// <summary>Classifies the customer's message.</summary>
    public static MessageKindResult Classify(string? message, LanguageData data, bool assumeComplaint, ReplyModel? model = null)
    {
        var cues = ClassifyByCues(message, data, assumeComplaint);
        if (model is null || model.MessageKinds.Count == 0 || string.IsNullOrWhiteSpace(message))
        {
            return cues;
        }

        Span<float> probabilities = stackalloc float[model.Message.Tags.Count];
        model.Message.Score(message, probabilities);
        var best = 0;
        for (var k = 1; k < probabilities.Length; k++)
        {
            best = probabilities[k] > probabilities[best] ? k : best;
        }

        var p = probabilities[best];
        var kind = KindOf(model.MessageKinds[best]);
        if (kind == MessageKind.Unknown || p < model.Message.Tags[best].Threshold)
        {
            return cues;
        }

        if (kind == cues.Kind)
        {
            return cues with { Confidence = Math.Max(cues.Confidence, Math.Min(0.95, p)), Assumed = false };
        }

        // The model overrules a single weak cue only when it is very sure and also sees little of the cue's kind
        // ("thanks for nothing" is a complaint); "my order never arrived and it was a gift" stays a complaint.
        var modelSeesCue = false;
        for (var k = 0; k < probabilities.Length; k++)
        {
            modelSeesCue |= cues.Kind != MessageKind.Unknown && KindOf(model.MessageKinds[k]) == cues.Kind && probabilities[k] >= ModelDoubtsCue;
        }

        return cues.Assumed || (p >= ModelOverrulesCues && cues.Confidence <= WeakCueConfidence && !modelSeesCue)
            ? new MessageKindResult(kind, Math.Round(Math.Min(0.9, p), 3), Assumed: false)
            : cues;
    }

    // The model's names for the kinds of message.
    private static MessageKind KindOf(string modelKind) => modelKind switch
    {
        "complaint" => MessageKind.Complaint,
        "praise" => MessageKind.Praise,
        "question" => MessageKind.Question,
        _ => MessageKind.Unknown,
    };

    /// <summary>Model probability from which the model overrules a single weak cue.</summary>
    private const float ModelOverrulesCues = 0.85f;

    /// <summary>Model probability of the cue's own kind from which the model does not overrule the cue.</summary>
    private const float ModelDoubtsCue = 0.3f;

    /// <summary>The confidence of a verdict from a single cue.</summary>
    private const double WeakCueConfidence = 0.8;

    private static MessageKindResult ClassifyByCues(string? message, LanguageData data, bool assumeComplaint)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return assumeComplaint ? new MessageKindResult(MessageKind.Complaint, AssumedConfidence, Assumed: true) : new MessageKindResult(MessageKind.Unknown, 0, Assumed: true);
        }

        using var text = ReplyText.Parse(message, LanguageCatalog.IsAbbreviation);
        text.AssignWordIds(data.CustomerMatcher);
        var matches = new List<PhraseMatch>();
        data.CustomerMatcher.FindAll(text, matches);
        int complaint = 0, praise = 0, question = 0;
        Span<int> lastEnd = stackalloc int[data.CustomerSections.Count];
        foreach (var m in matches) // in text order: the matcher reports them by first word
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
