using ReplyQuality.Matching;

namespace ReplyQuality.Tests.Text;

public sealed class PhrasePatternTests
{
    [Fact]
    public void Alternatives_optionals_and_gaps_expand()
    {
        var expanded = PhrasePattern.Expand("(su|tu) [muy] mala suerte **");

        Assert.Equal(4, expanded.Count); // the trailing gap adds nothing to a match and is dropped
        Assert.Contains(expanded, e => string.Join(' ', e.Select(a => a.Text)) == "su muy mala suerte");
    }

    [Fact]
    public void A_leading_optional_group_is_allowed_because_every_expansion_still_starts_with_a_word()
    {
        var expanded = PhrasePattern.Expand("[muy] mal servicio");

        Assert.Equal(["mal servicio", "muy mal servicio"], expanded.Select(e => string.Join(' ', e.Select(a => a.Text))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Accents_and_case_in_phrases_are_folded()
    {
        var atom = Assert.Single(Assert.Single(PhrasePattern.Expand("Disculpé")));
        Assert.Equal("disculpe", atom.Text);
    }

    [Theory]
    [InlineData("* el contrato", "start with a word")]
    [InlineData("[*] mal", "start with a word")]
    [InlineData("(a|b", "not closed")]
    [InlineData("ab*", "at least 3 letters")]
    [InlineData("a) b", "unexpected")]
    [InlineData("(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b)", "more than 10000")]
    public void Invalid_phrases_are_rejected_with_a_reason(string phrase, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => PhrasePattern.Expand(phrase));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_phrases_ignore_syntax_characters()
    {
        var words = Assert.Single(PhrasePattern.ExpandLiteral("mire (en) el portal*"));
        Assert.Equal(["mire", "en", "el", "portal"], words.Select(a => a.Text));
    }
}
