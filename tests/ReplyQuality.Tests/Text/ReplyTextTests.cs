using ReplyQuality.Languages;
using ReplyQuality.Text;

namespace ReplyQuality.Tests.Text;

public sealed class ReplyTextTests
{
    private static ReplyText Parse(string s) => ReplyText.Parse(s, LanguageCatalog.Abbreviations.Contains);

    [Fact]
    public void Words_are_folded_but_keep_their_original_offsets()
    {
        var text = Parse("Le PEDIMOS disculpas, señora Núñez.");

        Assert.Equal(["le", "pedimos", "disculpas", "senora", "nunez"], Words(text));
        var nunez = text.Tokens[4];
        Assert.Equal("Núñez", text.Original[nunez.Start..nunez.End]);
    }

    [Fact]
    public void Combining_accents_belong_to_the_word_and_are_dropped_from_its_folded_form()
    {
        var text = Parse("Lo sentimos, Jose\u0301.");

        Assert.Equal("jose", text.Word(2).ToString());
        Assert.Equal("Jose\u0301", text.Original[text.Tokens[2].Start..text.Tokens[2].End]);
    }

    [Fact]
    public void Typographic_apostrophes_keep_contractions_whole()
    {
        Assert.Equal(["we'll", "don't", "it's"], Words(Parse("We’ll… don`t — it's")));
    }

    [Fact]
    public void Sentences_end_at_terminal_punctuation_and_line_breaks_but_not_at_abbreviations()
    {
        var text = Parse("Estimado Sr. García: le llamamos mañana. ¿Le va bien?\nUn saludo\nAna");

        Assert.Equal(4, text.Sentences.Length);
        Assert.Equal(0, text.Tokens[2].Sentence); // "García" stays with "Sr."
    }

    [Fact]
    public void Numbers_with_dots_do_not_end_sentences()
    {
        Assert.Single(Parse("The total is 1.250 euros and 3.5 GB of data").Sentences.ToArray());
    }

    [Fact]
    public void Text_in_quotation_marks_and_quoted_mail_lines_is_marked_as_quoted()
    {
        var text = Parse("You wrote “you are useless” and «sois unos inútiles».\n> stop wasting my time\nSorry.");

        var quoted = text.Tokens.ToArray().Where(t => t.Has(TokenFlags.Quoted)).Select(t => text.Original[t.Start..t.End]).ToArray();
        Assert.Equal(["you", "are", "useless", "sois", "unos", "inútiles", "stop", "wasting", "my", "time"], quoted);
    }

    [Fact]
    public void A_stray_quote_mark_does_not_hide_the_rest_of_the_reply()
    {
        var text = Parse("He said \" and then you idiots ignored it");

        Assert.DoesNotContain(text.Tokens.ToArray(), t => t.Has(TokenFlags.Quoted));
    }

    [Fact]
    public void Web_and_mail_addresses_are_links_not_words()
    {
        var text = Parse("See https://help.example.com/FAQ/ORDERS, www.example.es or SOPORTE@EMPRESA.COM today.");

        Assert.Equal(["see", "or", "today"], Words(text));
        Assert.Equal(3, text.Links.Length);
        Assert.Equal("https://help.example.com/FAQ/ORDERS", text.Original[text.Links[0].Start..text.Links[0].End]);
    }

    [Fact]
    public void Social_handles_and_hashtags_are_names_not_words()
    {
        var text = Parse("@ACME_Help thanks, #COVID19 delays. Email me @ noon");

        Assert.Equal(["thanks", "delays", "email", "me", "noon"], Words(text));
        Assert.Equal(["@ACME_Help", "#COVID19"], text.Links.ToArray().Select(l => text.Original[l.Start..l.End]));
    }

    [Fact]
    public void Capitalised_words_are_flagged()
    {
        var text = Parse("NO ES Nuestro PROBLEMA 2024");

        Assert.True(text.Tokens[0].Has(TokenFlags.AllCaps));
        Assert.False(text.Tokens[2].Has(TokenFlags.AllCaps));
        Assert.True(text.Tokens[4].Has(TokenFlags.Number));
    }

    private static string[] Words(ReplyText text) => [.. Enumerable.Range(0, text.Tokens.Length).Select(i => text.Word(i).ToString())];
}
