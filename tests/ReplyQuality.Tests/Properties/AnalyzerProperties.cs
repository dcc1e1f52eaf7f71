using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReplyQuality.Tests.Properties;

/// <summary>Invariants that hold for any text at all: the engine never throws, and everything it reports is consistent.</summary>
public sealed class AnalyzerProperties
{
    private static readonly string[] Fragments =
    [
        "Lo sentimos mucho", "la culpa es del transportista", "CONSULTE NUESTRA WEB!!!", "gracias", "“sois unos inútiles”",
        "We're sorry", "the courier is to blame", "check our FAQ", "you should have", "THANKS", "https://x.es/a/b", "¿¿", "!!",
        "no es culpa suya", "this isn't your fault", "\u200B", "\u202E", "\uD83D\uDE00", "\uD800", "\uDC00", "e\u0301", "\n> quoted\n",
        "\"", "«", "»", "Sr.", "3.5", "ÑANDÚ", "İ", "ß", "\0", "\t", "  ", "'", "’",
    ];

    /// <summary>Text made of realistic fragments, hostile characters and random Unicode, interleaved.</summary>
    public static Arbitrary<string> Replies() =>
        Gen.OneOf(
                Gen.Elements(Fragments),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
                Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(Arbitrary = [typeof(AnalyzerProperties)], MaxTest = 2000)]
    public bool Any_text_gives_a_consistent_assessment(string reply, string customer)
    {
        var a = Analyzers.Default.Analyze(new ReplyDraft(reply) { CustomerMessage = customer });

        return a.Score is >= 0 and <= 100
            && a.Language is "es" or "en"
            && a.Findings.All(f => f.Confidence is > 0 and <= 1 && f.Spans.All(s => InBounds(reply, s)))
            && a.Elements.All(e => InBounds(reply, e.Span))
            && a.Findings.Select(f => f.RuleId).SequenceEqual(a.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }

    [Property(Arbitrary = [typeof(AnalyzerProperties)], MaxTest = 500)]
    public bool The_same_input_gives_the_same_output(string reply)
    {
        var draft = new ReplyDraft(reply);
        return BatchTests.Fingerprint(Analyzers.Default.Analyze(draft)) == BatchTests.Fingerprint(ReplyAnalyzer.CreateDefault().Analyze(draft));
    }

    [Property(MaxTest = 200)]
    public bool Explicit_language_is_always_honoured(NonNull<string> reply, bool spanish)
    {
        var language = spanish ? "es" : "en";
        return Analyzers.Analyze(reply.Get, language).Language == language;
    }

    [Fact]
    public void Very_long_hostile_input_completes()
    {
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("culpa ", 16_000)),
            string.Concat(Enumerable.Repeat("a.", 50_000)),
            new string('!', 100_000),
            string.Concat(Enumerable.Repeat("\"x ", 33_000)),
            string.Concat(Enumerable.Repeat("LA CULPA ES DEL TRANSPORTISTA ", 3_000)),
            string.Concat(Enumerable.Repeat("\uD83D\uDE00\u200B", 30_000)),
            new string('x', 100_000),
        };
        foreach (var input in inputs)
        {
            var a = Analyzers.Analyze(input);
            Assert.InRange(a.Score, 0, 100);
            Assert.All(a.Findings.SelectMany(f => f.Spans), s => Assert.True(InBounds(input, s)));
        }
    }

    private static bool InBounds(string text, ReplySpan s) =>
        s.Start >= 0 && s.Length > 0 && s.Start + s.Length <= text.Length && text.Substring(s.Start, s.Length) == s.Text;
}
