using FsCheck;
using FsCheck.Fluent;

namespace ReplyQuality.Tests.Hardening;

/// <summary>
/// For any text at all — replies and customer messages up to the 100 000-character limit — the engine does not
/// throw, the score is in range, every span lies inside the reply and equals the text it covers, and the same input
/// gives the same output. 10 000 cases in the normal run; set <c>REPLYQUALITY_PROPERTY_CASES</c> (for example to
/// 1000000) for the long run.
/// </summary>
public sealed class HostileInputProperties
{
    private static readonly ReplyAnalyzer Second = ReplyAnalyzer.CreateDefault();

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("REPLYQUALITY_PROPERTY_CASES"), out var n) && n > 0 ? n : 10_000;

    [Fact]
    public void Any_reply_and_customer_message_give_a_consistent_and_repeatable_assessment()
    {
        var drafts =
            from reply in HostileText.Of(ReplyQualityOptions.DefaultMaxInputLength)
            from customer in Gen.OneOf(Gen.Constant<string?>(null), HostileText.Of(2_000).Select(s => (string?)s))
            from language in Gen.Elements<string?>(null, null, "es", "en", "ES", "en-GB")
            select new ReplyDraft(reply) { CustomerMessage = customer, Language = language };

        Prop.ForAll(drafts.ToArbitrary(), draft => BatchTests.Fingerprint(Checked(draft)) == BatchTests.Fingerprint(Second.Analyze(draft)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    [Fact]
    public void Customer_messages_up_to_the_limit_never_break_the_analysis()
    {
        var drafts =
            from customer in HostileText.Of(ReplyQualityOptions.DefaultMaxInputLength)
            select new ReplyDraft("Sentimos el retraso; le enviamos hoy un pedido nuevo.") { CustomerMessage = customer };

        Prop.ForAll(drafts.ToArbitrary(), draft => Checked(draft) is not null)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(1_000, Cases / 10)));
    }

    /// <summary>Analyses a draft and throws, saying what is wrong, when the assessment is not consistent.</summary>
    internal static ReplyAssessment Checked(ReplyDraft draft)
    {
        var assessment = Analyzers.Default.Analyze(draft);
        return Problem(draft.Text, assessment) is { } problem
            ? throw new InvalidOperationException($"{problem} (reply of {draft.Text.Length} characters: {Escape(draft.Text)}; customer: {Escape(draft.CustomerMessage ?? "(none)")})")
            : assessment;
    }

    private static string Escape(string s) =>
        string.Concat(s.Take(200).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>What is wrong with an assessment of <paramref name="text"/>, or <see langword="null"/>.</summary>
    internal static string? Problem(string text, ReplyAssessment a)
    {
        if (a.Score is < 0 or > 100)
        {
            return $"score {a.Score}";
        }

        if (a.Language is not ("es" or "en"))
        {
            return $"language {a.Language}";
        }

        foreach (var f in a.Findings)
        {
            if (f.Confidence is <= 0 or > 1 || string.IsNullOrEmpty(f.Message) || string.IsNullOrEmpty(f.Explanation))
            {
                return $"{f.RuleId}: confidence {f.Confidence} or empty texts";
            }

            foreach (var span in f.Spans.Where(s => !Covers(text, s)))
            {
                return $"{f.RuleId}: span {span.Start}+{span.Length} is outside the reply or not its text";
            }
        }

        foreach (var element in a.Elements.Where(e => !Covers(text, e.Span)))
        {
            return $"element {element.Kind}: span {element.Span.Start}+{element.Span.Length} is outside the reply or not its text";
        }

        var ids = a.Findings.Select(f => f.RuleId).ToList();
        return ids.SequenceEqual(ids.Order(StringComparer.Ordinal)) && ids.Distinct().Count() == ids.Count ? null : "findings out of order or repeated";
    }

    private static bool Covers(string text, ReplySpan s) =>
        s.Start >= 0 && s.Length > 0 && s.Start + s.Length <= text.Length && string.Equals(text.Substring(s.Start, s.Length), s.Text, StringComparison.Ordinal);
}
