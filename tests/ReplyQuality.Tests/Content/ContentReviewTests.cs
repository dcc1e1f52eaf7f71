using ReplyQuality.Tests.Hardening;

namespace ReplyQuality.Tests.Content;

/// <summary>Cases a review of the content model found wrong, held right.</summary>
public sealed class ContentReviewTests
{
    [Theory]
    [InlineData(ReplyFormat.Auto)]
    [InlineData(ReplyFormat.Markdown)]
    public void Markdown_nested_past_the_parsers_limit_is_read_as_plain_text_and_never_throws(ReplyFormat format)
    {
        string[] replies =
        [
            "Sorry for the **delay**.\n" + new string('>', 140) + " hi",
            string.Concat(Enumerable.Repeat("> ", 200)) + "we are sorry",
            "**Note**\n" + string.Concat(Enumerable.Repeat("1. ", 100)) + "done",
            string.Concat(Enumerable.Repeat("**a** b\n", 8_000)),
        ];
        foreach (var reply in replies)
        {
            HostileInputProperties.Checked(new ReplyDraft(reply) { Format = format });
        }
    }

    [Fact]
    public async Task Unclosed_markdown_openers_at_the_size_limit_finish()
    {
        var reply = string.Concat(Enumerable.Repeat("[a](", 25_000));

        // A hang detector, not a speed test: Markdig resolves unclosed openers in quadratic time.
        var run = Task.Run(() => Analyzers.Default.Analyze(new ReplyDraft(reply) { Format = ReplyFormat.Markdown }));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))));
        await run;
    }

    [Theory]
    [InlineData("Hola Marta, le pedimos disculpas. TODO está solucionado: el pedido nuevo sale hoy.")]
    [InlineData("¡GRACIAS POR TODO! Sentimos mucho el retraso; le enviamos hoy uno nuevo.")]
    [InlineData("Please see the attached invoice [PDF] and your case reference [SUP-48213].")]
    [InlineData("Refund issued [Order number: 10482, Amount: £42.00] and it will arrive by Friday.")]
    [InlineData("We have checked it [Reason: damaged in transit] and sent a new one today.")]
    [InlineData("Le adjuntamos la factura [IMPORTANTE] y el justificante [GDPR].")]
    [InlineData("Thanks for choosing [COMPANY NAME]: your [PRODUCT NAME] is on its way today.")]
    [InlineData("Gracias por confiar en [Nombre de la empresa]; su [producto] sale hoy.")]
    public void Ordinary_text_is_not_an_unfilled_placeholder(string reply)
    {
        Assert.DoesNotContain("RQ403", Analyzers.Analyze(reply).RuleIds());
    }

    [Theory]
    [InlineData("Sorry for the delay. [INSERT REASON] We have sent a new one today.", "[INSERT REASON]")]
    [InlineData("Lo sentimos. [INSERTAR FECHA] le llegará el pedido.", "[INSERTAR FECHA]")]
    [InlineData("TODO: add the refund amount\nWe are sorry for the wait.", "TODO: add the refund amount")]
    public void Instructions_left_in_a_reply_are_still_unfilled_placeholders(string reply, string span)
    {
        var finding = Analyzers.Analyze(reply).Finding("RQ403");
        Assert.NotNull(finding);
        Assert.Equal(span, Assert.Single(finding.Spans).Text);
    }

    [Theory]
    [InlineData("Dear <CUSTOMER NAME>, we are sorry for the delay and have sent a new one today.")]
    [InlineData("Estimado <NOMBRE DEL CLIENTE>, sentimos el retraso; le enviamos hoy uno nuevo.")]
    public void Angle_bracket_name_slots_are_neutral(string reply)
    {
        var ids = Analyzers.Analyze(reply).RuleIds();

        Assert.DoesNotContain("RQ102", ids);
        Assert.DoesNotContain("RQ403", ids);
    }

    [Fact]
    public void Html5_named_references_are_decoded_like_the_characters_they_stand_for()
    {
        var html = Analyzers.Default.Analyze(new ReplyDraft("<p>That&rsquo;s not our fault &mdash; it&rsquo;s the courier&rsquo;s fault. We&rsquo;ll refund you today.</p>") { Format = ReplyFormat.Html });
        var plain = Analyzers.Analyze("That's not our fault — it's the courier's fault. We'll refund you today.");

        Assert.Equal(plain.RuleIds(), html.RuleIds());
        Assert.Equal(plain.Score, html.Score);
    }

    [Theory]
    [InlineData("Hey Sam 👋\n\nThanks!\nI have just refunded your order\nYou will see it in 3-5 days\nSorry again for the hassle\n\nPriya")]
    [InlineData("Hi Sam,\n\nThank you\nfor your patience. I'm sorry\nyour order is late. We refunded it\ntoday and it arrives Friday")]
    public void Prose_after_a_thanks_line_is_not_a_signature(string reply)
    {
        var ids = Analyzers.Analyze(reply, customerMessage: "Where is my refund?").RuleIds();

        Assert.DoesNotContain("RQ301", ids);
        Assert.DoesNotContain("RQ302", ids);
    }

    [Theory]
    [InlineData("Hola Marta,\n\nSentimos el retraso.\nEl repartidor nos escribió:\nque no había nadie en casa. Le enviamos otro paquete hoy y llegará el jueves. Disculpe las molestias.")]
    [InlineData("Sorry about this.\nOn checking, the courier wrote:\n\"left at door\". We have refunded you in full today and you will see it within 3 days.")]
    public void Prose_that_mentions_someone_writing_is_not_quoted_mail(string reply)
    {
        Assert.DoesNotContain("RQ302", Analyzers.Analyze(reply, customerMessage: "My order never arrived / mi pedido no llega").RuleIds());
    }
}
