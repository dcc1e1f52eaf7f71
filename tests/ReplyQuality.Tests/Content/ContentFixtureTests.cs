using ReplyQuality.Content;

namespace ReplyQuality.Tests.Content;

/// <summary>
/// Replies as help desks hold them — plain text, Markdown macros, HTML e-mails with quoted mail and signatures — in both
/// languages: only the agent's own prose is judged, and every span is the exact substring of the text as given.
/// </summary>
public sealed class ContentFixtureTests
{
    [Theory]
    [InlineData("Sorry, the 5* hotel was overbooked. We moved you to a 4* one and refunded the difference.")]
    [InlineData("1. Sorry for the delay.\n2. Your refund is on its way.")]
    [InlineData("- your refund is on its way\n- you'll get an e-mail today")]
    [InlineData("I <3 this product too, and I'm sorry it broke. 2 < 3 and 5 > 4.")]
    [InlineData("Hi Sam, sorry about that. It's in *your* account now.")]
    [InlineData("Dear [Customer Name], sorry for the delay.")]
    public void Ordinary_replies_stay_plain_text(string reply) =>
        Assert.Equal(ReplyFormat.PlainText, FormatDetector.Detect(reply));

    [Theory]
    [InlineData("<p>Hi Sam,</p><p>Sorry.</p>", ReplyFormat.Html)]
    [InlineData("Hi Sam,<br>Sorry for the wait.<br>Thanks", ReplyFormat.Html)]
    [InlineData("<div>Sorry</div>", ReplyFormat.Html)]
    [InlineData("Sorry! See [the returns page](https://shop.example.com/returns).", ReplyFormat.Markdown)]
    [InlineData("# Your refund\n\nSorry for the wait.", ReplyFormat.Markdown)]
    [InlineData("We are **very** sorry.", ReplyFormat.Markdown)]
    [InlineData("Run `reset --all` and restart.", ReplyFormat.Markdown)]
    [InlineData("Try this:\n```\nreset\n```", ReplyFormat.Markdown)]
    public void Markup_is_detected(string reply, ReplyFormat expected) =>
        Assert.Equal(expected, FormatDetector.Detect(reply));

    [Fact]
    public void Html_macro_judges_only_the_prose_and_decodes_entities_in_place()
    {
        const string Reply = "<p>Hi {{ticket.requester.first_name}},</p><p>I&#39;m so sorry your order is late &mdash; it was delayed by a fault in our warehouse. "
            + "We&rsquo;ve sent a new one today and it will arrive tomorrow. Thank you for your patience.</p>"
            + "<blockquote>You are IDIOTS and liars!!!</blockquote><!-- LAZY IDIOTS --><style>p { color: RED }</style>";

        var a = Analyze(Reply, "en", ReplyFormat.Auto);

        Assert.DoesNotContain("RQ101", a.RuleIds());
        Assert.DoesNotContain("RQ102", a.RuleIds());
        Assert.DoesNotContain("RQ301", a.RuleIds());
        Assert.DoesNotContain("RQ306", a.RuleIds());
        var apology = Assert.Single(a.Elements, e => e.Kind == ReplyElementKind.Apology && e.Source != FindingSource.Model);
        Assert.StartsWith("I&#39;m so sorry", apology.Span.Text, StringComparison.Ordinal);
        Assert.Equal(Reply.IndexOf("I&#39;m", StringComparison.Ordinal), apology.Span.Start);
        AssertSpansAreSubstrings(Reply, a);
    }

    [Fact]
    public void Html_finding_spans_cover_the_entities_and_tags_inside_them()
    {
        const string Reply = "<p>Honestly, that&#39;s your <b>own</b> fault for not reading the terms.</p>";

        var a = Analyze(Reply, "en", ReplyFormat.Html);

        AssertSpansAreSubstrings(Reply, a);
        Assert.Contains(a.Findings.SelectMany(f => f.Spans), s => s.Text.Contains("&#39;", StringComparison.Ordinal) || s.Text.Contains("<b>", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_link_address_is_still_a_specific_help_link()
    {
        const string Linked = "<p>Sorry for the trouble. The steps are on our help centre: <a href=\"https://help.example.com/articles/reset-router\">resetting your router</a>. Let me know if you need anything else.</p>";
        const string Bare = "<p>Sorry for the trouble. The steps are on our help centre. Let me know if you need anything else.</p>";

        Assert.DoesNotContain("RQ203", Analyze(Linked, "en", ReplyFormat.Html).RuleIds());
        Assert.Contains("RQ203", Analyze(Bare, "en", ReplyFormat.Html).RuleIds());
    }

    [Fact]
    public void Markdown_macro_keeps_the_link_target_and_skips_code_and_quotes()
    {
        const string Reply = "Hi **Sam**,\n\nI'm sorry the router keeps dropping. The steps are on our help centre: [reset guide](https://help.example.com/articles/reset-router). Let me know if you need anything else.\n\n"
            + "> you are useless idiots\n\n```\nERROR 500 STUPID USER\n```\n";

        var a = Analyze(Reply, "en", ReplyFormat.Auto);

        Assert.DoesNotContain("RQ101", a.RuleIds());
        Assert.DoesNotContain("RQ102", a.RuleIds());
        Assert.DoesNotContain("RQ203", a.RuleIds());
        var apology = Assert.Single(a.Elements, e => e.Kind == ReplyElementKind.Apology && e.Source != FindingSource.Model);
        Assert.Equal(Reply.IndexOf("I'm sorry", StringComparison.Ordinal), apology.Span.Start);
        AssertSpansAreSubstrings(Reply, a);
    }

    [Fact]
    public void Markdown_emphasis_does_not_hide_a_finding_and_its_span_is_exact()
    {
        const string Reply = "Please **check our website**, everything is explained in the FAQ.";

        var a = Analyze(Reply, "en", ReplyFormat.Markdown);

        var finding = a.Finding("RQ203");
        Assert.NotNull(finding);
        AssertSpansAreSubstrings(Reply, a);
    }

    [Fact]
    public void Plain_mail_with_quoted_customer_and_placeholders_gives_exact_spans_en()
    {
        const string Reply = "Hi Sam,\n\nSorry for the wait. It was delayed because [INSERT REASON]. We will ship it on <insert date>.\n\n"
            + "On Mon, 3 Mar 2026, Sam <sam@example.com> wrote:\n> You are idiots. FIX IT NOW!!!";

        var a = Analyze(Reply, "en", ReplyFormat.Auto);

        Assert.DoesNotContain("RQ101", a.RuleIds());
        Assert.DoesNotContain("RQ102", a.RuleIds());
        var rq403 = a.Finding("RQ403");
        Assert.NotNull(rq403);
        Assert.Equal(Severity.Error, rq403.Severity);
        Assert.Equal(["[INSERT REASON]", "<insert date>"], rq403.Spans.Select(s => s.Text));
        Assert.Equal(Reply.IndexOf("[INSERT", StringComparison.Ordinal), rq403.Spans[0].Start);
        AssertSpansAreSubstrings(Reply, a);
    }

    [Fact]
    public void Plain_reply_with_placeholders_and_signature_gives_exact_spans_es()
    {
        const string Reply = "Hola %NOMBRE%, sentimos el retraso. El motivo fue [motivo] y lo recibirá el [INSERTAR FECHA]. Gracias por su paciencia.\n\n"
            + "Un saludo,\nAna Pérez\nAtención al cliente\nTel. 900 000 000";

        var a = Analyze(Reply, "es", ReplyFormat.PlainText);

        var rq403 = a.Finding("RQ403");
        Assert.NotNull(rq403);
        Assert.Equal(["[motivo]", "[INSERTAR FECHA]"], rq403.Spans.Select(s => s.Text));
        Assert.Contains(a.Elements, e => e.Kind == ReplyElementKind.Thanks);
        Assert.DoesNotContain("RQ306", a.RuleIds());
        AssertSpansAreSubstrings(Reply, a);
    }

    [Fact]
    public void Html_mail_in_spanish_with_quoted_message_and_forward_header()
    {
        const string Reply = "<div>Hola Marta, lamentamos mucho el retraso.<br>Le enviamos hoy un pedido nuevo que recibirá mañana.</div>"
            + "<div>De: Marta &lt;marta@example.com&gt;<br>Enviado: lunes<br>Asunto: pedido</div><div>Sois unos inútiles y unos ladrones</div>";

        var a = Analyze(Reply, "es", ReplyFormat.Auto);

        Assert.DoesNotContain("RQ101", a.RuleIds());
        Assert.DoesNotContain("RQ301", a.RuleIds());
        AssertSpansAreSubstrings(Reply, a);
    }

    [Theory]
    [InlineData("en", "Hi {{ticket.requester.first_name}}, I'm sorry your order is late; it ships today. Thank you for your patience.")]
    [InlineData("en", "Hi %FIRST_NAME%, I'm sorry your order is late; it ships today. Thank you for your patience. {{AGENT_SIGNATURE}}")]
    [InlineData("en", "Dear [Customer Name], {% if ticket.priority == 'URGENT' %}I'm sorry your order is late; it ships today.{% endif %} Thank you.")]
    [InlineData("es", "Hola {{ticket.requester.name}}, sentimos mucho el retraso; su pedido sale hoy. Gracias por su paciencia. [NOMBRE DEL AGENTE]")]
    public void System_placeholders_and_name_slots_are_neutral(string language, string reply)
    {
        var a = Analyze(reply, language, ReplyFormat.Auto);

        Assert.DoesNotContain("RQ102", a.RuleIds());
        Assert.DoesNotContain("RQ101", a.RuleIds());
        Assert.DoesNotContain("RQ403", a.RuleIds());
    }

    [Theory]
    [InlineData("en", "{{apology_text}} Your order ships today.")]
    [InlineData("es", "%DISCULPA% Su pedido sale hoy. {{disculpas_por_el_retraso}}")]
    public void A_placeholder_is_not_an_apology(string language, string reply) =>
        Assert.Contains("RQ301", Analyze(reply, language, ReplyFormat.Auto).RuleIds());

    [Theory]
    [InlineData("Your tracking number is XXXX.", "XXXX")]
    [InlineData("Sorry. [XXX]", "[XXX]")]
    [InlineData("Sorry for the delay.\nTODO: add the new delivery date\nThanks", "TODO: add the new delivery date")]
    [InlineData("Sorry, the part arrives on [ADD DATE].", "[ADD DATE]")]
    public void Unfilled_placeholder_span_is_the_placeholder(string reply, string expected)
    {
        var finding = Analyze(reply, "en", ReplyFormat.Auto).Finding("RQ403");

        Assert.NotNull(finding);
        Assert.Equal(expected, Assert.Single(finding.Spans).Text);
    }

    [Fact]
    public void Html_escaped_angle_placeholder_is_found_with_its_entities()
    {
        const string Reply = "<p>Sorry, the engineer will come on &lt;insert date&gt;.</p>";

        var finding = Analyze(Reply, "en", ReplyFormat.Html).Finding("RQ403");

        Assert.NotNull(finding);
        Assert.Equal("&lt;insert date&gt;", Assert.Single(finding.Spans).Text);
    }

    [Fact]
    public void A_plain_reply_is_analysed_as_before()
    {
        const string Reply = "Please check our FAQ, the courier is to blame for this, it's in your contract. Thanks.";
        var content = ReplyContent.Read(Reply, ReplyFormat.Auto);

        Assert.Same(Reply, content.View);
        Assert.Equal(ReplyFormat.PlainText, content.Format);
    }

    internal static ReplyAssessment Analyze(string reply, string language, ReplyFormat format) =>
        Analyzers.Default.Analyze(new ReplyDraft(reply)
        {
            Language = language,
            Format = format,
            CustomerMessage = language == "es" ? "Mi pedido no llega y nadie me contesta" : "My order has not arrived and nobody answers",
        });

    internal static void AssertSpansAreSubstrings(string reply, ReplyAssessment a)
    {
        foreach (var span in a.Findings.SelectMany(f => f.Spans).Concat(a.Elements.Select(e => e.Span)))
        {
            Assert.InRange(span.Start, 0, reply.Length);
            Assert.InRange(span.Start + span.Length, span.Start, reply.Length);
            Assert.Equal(reply.Substring(span.Start, span.Length), span.Text);
        }
    }
}
