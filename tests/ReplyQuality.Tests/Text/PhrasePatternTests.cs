using ReplyQuality.Matching;

namespace ReplyQuality.Tests.Text;

public sealed class PhrasePatternTests
{
    [Fact]
    public void Alternatives_optionals_and_gaps_stand_for_every_combination()
    {
        var sequences = PhraseOracle.Sequences(PhrasePattern.Parse("(su|tu) [muy] mala suerte **"));

        // the trailing gap adds nothing to a match and is dropped
        Assert.Equal(["su mala suerte", "su muy mala suerte", "tu mala suerte", "tu muy mala suerte"], sequences);
    }

    [Fact]
    public void A_leading_optional_group_is_allowed_because_every_sequence_still_starts_with_a_word()
    {
        Assert.Equal(["mal servicio", "muy mal servicio"], PhraseOracle.Sequences(PhrasePattern.Parse("[muy] mal servicio")));
    }

    [Fact]
    public void Accents_and_case_in_phrases_are_folded()
    {
        Assert.Equal(["disculpe"], PhraseOracle.Sequences(PhrasePattern.Parse("Disculpé")));
    }

    [Theory]
    [InlineData("* el contrato", "start with a word")]
    [InlineData("[*] mal", "start with a word")]
    [InlineData("[muy] ** mal", "start with a word")]
    [InlineData("(a|b", "not closed")]
    [InlineData("ab*", "at least 3 letters")]
    [InlineData("a) b", "unexpected")]
    [InlineData("[a]", "matches nothing")]
    [InlineData("", "empty")]
    [InlineData("a b c d e f g h i j k l m n o p (q|r s)", "longer than 16")]
    [InlineData("(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b)", "more than 10000")]
    public void Invalid_phrases_are_rejected_with_a_reason(string phrase, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => PhrasePattern.Parse(phrase));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Length_is_counted_without_trailing_wildcards()
    {
        // sixteen words then "**": the gap would only stretch the span, so the phrase is sixteen words long
        var sequences = PhraseOracle.Sequences(PhrasePattern.Parse("a b c d e f g h i j k l m n o p **"));
        Assert.Equal(16, Assert.Single(sequences).Split(' ').Length);
    }

    [Fact]
    public void Literal_phrases_ignore_syntax_characters()
    {
        Assert.Equal(["mire en el portal"], PhraseOracle.Sequences(PhrasePattern.ParseLiteral("mire (en) el portal*")));
    }
}
