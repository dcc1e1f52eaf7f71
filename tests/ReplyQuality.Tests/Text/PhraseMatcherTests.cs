using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReplyQuality.Languages;
using ReplyQuality.Matching;
using ReplyQuality.Text;

namespace ReplyQuality.Tests.Text;

/// <summary>The word graph finds exactly the matches of the phrases' word sequences, without listing them.</summary>
public sealed class PhraseMatcherTests
{
    // A small vocabulary so that random phrases share words, overlap and meet in the texts often.
    private static readonly string[] Words = ["sorry", "very", "so", "late", "order", "your", "fault", "delay", "12"];

    private static readonly Gen<string> Phrase = PhraseGen(depth: 2).Where(IsValid);

    public static Arbitrary<(string[] Phrases, string Text)> Cases() =>
        Gen.Zip(
                Phrase.ArrayOf().Select(p => p.Take(6).ToArray()),
                Gen.Elements([.. Words, "delayed", "sorrowful", "ordering", ".", "7"]).ListOf().Select(w => string.Join(' ', w.Take(30))))
            .ToArbitrary();

    [Property(Arbitrary = [typeof(PhraseMatcherTests)], MaxTest = 3000)]
    public bool The_graph_finds_what_the_word_sequences_find((string[] Phrases, string Text) c)
    {
        var builder = new PhraseMatcher.Builder();
        var parsed = c.Phrases.Select((p, i) => (PhrasePattern.Parse(p), i % 3)).ToList();
        foreach (var (phrase, section) in parsed)
        {
            builder.Add(phrase, section);
        }

        var matcher = builder.Build();
        var text = ReplyText.Parse(c.Text, static _ => false);
        text.AssignWordIds(matcher);
        var found = new List<PhraseMatch>();
        matcher.FindAll(text, found);

        var expected = PhraseOracle.Matches(parsed, text);
        var actual = found.OrderBy(m => m.FirstToken).ThenBy(m => m.EndToken).ThenBy(m => m.Section).ToList();
        return expected.SequenceEqual(actual) && found.Count == found.Distinct().Count();
    }

    [Theory]
    [InlineData("[very] [very] sorry", "very sorry", 2)] // two ways through the groups, one match per span
    [InlineData("sorry (for|about) ** delay", "sorry for the long delay", 1)]
    [InlineData("so sorry *", "so sorry about it", 1)] // a trailing wildcard never stretches the span
    [InlineData("(so|very) sorry", "so very sorry", 1)]
    public void Overlapping_ways_through_a_phrase_report_each_span_once(string phrase, string text, int expected)
    {
        var builder = new PhraseMatcher.Builder();
        builder.Add(PhrasePattern.Parse(phrase), 0);
        var matcher = builder.Build();
        var parsed = ReplyText.Parse(text, static _ => false);
        parsed.AssignWordIds(matcher);
        var found = new List<PhraseMatch>();
        matcher.FindAll(parsed, found);

        Assert.Equal(expected, found.Count);
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.DoesNotContain(found, m => parsed.Word(m.EndToken - 1).SequenceEqual("about") || parsed.Word(m.EndToken - 1).SequenceEqual("it"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_shipped_phrase_matches_its_own_words(string language)
    {
        // Each shipped phrase written out with its first alternative of every group must be found by the compiled
        // language, in the phrase list it belongs to: a check that compiling groups without multiplying them out
        // loses no phrase.
        var data = LanguageCatalog.DefaultFor(language);
        var missed = new List<string>();
        foreach (var file in data.Files.Values.Where(f => f.Name.StartsWith("RQ", StringComparison.Ordinal)))
        {
            foreach (var section in file.Sections.Values)
            {
                var id = data.SectionId(file.Name, section.Name);
                if (id < 0)
                {
                    continue;
                }

                foreach (var line in section.Lines)
                {
                    var sample = FirstSequence(PhrasePattern.Parse(line.Text));
                    if (sample is null)
                    {
                        continue;
                    }

                    var text = ReplyText.Parse(sample, static _ => false);
                    data.AssignWordIds(text);
                    var found = new List<PhraseMatch>();
                    data.ReplyMatcher.FindAll(text, found);
                    if (!found.Any(m => m.Section == id && m.FirstToken == 0))
                    {
                        missed.Add($"{file.Name}/{section.Name}: {line.Text}");
                    }
                }
            }
        }

        Assert.Empty(missed);
    }

    // One concrete text for a phrase (first alternative of each group, a filler word for wildcards, 12 for <num>),
    // or null when a word of it would be split differently as text.
    private static string? FirstSequence(PhrasePart part)
    {
        var words = new List<string>();
        void Walk(PhrasePart p)
        {
            switch (p)
            {
                case PhraseAtomPart a:
                    words.Add(a.Atom.Kind switch
                    {
                        PhraseAtomKind.Word => a.Atom.Text!,
                        PhraseAtomKind.Prefix => a.Atom.Text + "zz",
                        PhraseAtomKind.Number => "12",
                        PhraseAtomKind.Any => "zzz",
                        _ => string.Empty,
                    });
                    break;
                case PhraseSequence s:
                    foreach (var x in s.Parts)
                    {
                        Walk(x);
                    }

                    break;
                case PhraseChoice c:
                    Walk(c.Alternatives.FirstOrDefault(a => a is not PhraseSequence { Parts.Length: 0 }) ?? c.Alternatives[0]);
                    break;
            }
        }

        Walk(part);
        var text = string.Join(' ', words.Where(w => w.Length > 0));
        return PhrasePattern.SplitWords(text).Count == words.Count(w => w.Length > 0) ? text : null;
    }

    private static Gen<string> PhraseGen(int depth)
    {
        var atom = Gen.Frequency(
            (6, Gen.Elements(Words)),
            (1, Gen.Constant("*")),
            (1, Gen.Constant("**")),
            (1, Gen.Constant("<num>")),
            (1, Gen.Constant("del*")),
            (1, Gen.Constant("sor*")));
        if (depth == 0)
        {
            return atom;
        }

        var inner = PhraseGen(depth - 1).ListOf().Select(l => string.Join(' ', l.Take(3)));
        var group = Gen.Zip(inner.ArrayOf().Select(a => a.Take(3).ToArray()), Gen.Elements(true, false))
            .Select(t => t.Item2 ? $"[{string.Join('|', t.Item1)}]" : $"({string.Join('|', t.Item1)})");
        return Gen.Frequency((4, atom), (1, group)).ListOf().Select(l => string.Join(' ', l.Take(5)));
    }

    private static bool IsValid(string phrase)
    {
        try
        {
            _ = PhrasePattern.Parse(phrase);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
