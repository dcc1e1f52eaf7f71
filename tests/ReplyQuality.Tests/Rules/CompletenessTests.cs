namespace ReplyQuality.Tests.Rules;

public sealed class CompletenessTests
{
    [Theory]
    [InlineData("es", "Hola Marta, sentimos mucho el retraso con su pedido y entendemos lo frustrante que es esperar un regalo. El problema se debió a una incidencia en nuestro almacén de Zaragoza. Le enviamos hoy mismo un pedido nuevo por mensajería urgente y lo recibirá mañana antes de las 14:00, sin coste. Gracias por su paciencia y por avisarnos.")]
    [InlineData("es", "Buenas tardes, Jorge. Te pido disculpas por el corte de fibra de ayer; entiendo perfectamente tu malestar, trabajas desde casa. La avería se produjo por una obra en la calle que dañó el cableado. Nuestro técnico ya la ha reparado y te abonaremos 10 € en la próxima factura, que verás en los próximos 5 días. Muchas gracias por tu comprensión.")]
    [InlineData("en", "Hi Sam, I'm really sorry your refund is taking this long, and I understand how frustrating it is to be out of pocket. The delay was caused by a fault in our payment system last week. I've now processed the refund manually and you'll see it in your account within 3 working days. Thank you for your patience.")]
    [InlineData("en", "Hello Priya, we apologise for the double charge on your card, and I can imagine how worrying that was. It happened because of a bug in our checkout that we've now fixed. I've refunded the extra payment today; it will reach your card within 5 business days. Thanks for letting us know.")]
    public void A_complete_reply_to_a_complaint_has_no_findings(string language, string reply)
    {
        var a = Analyzers.Analyze(reply, language);

        Assert.True(a.Findings.Count == 0, string.Join("; ", a.Findings.Select(f => $"{f.RuleId} {f.Message}")));
        Assert.Equal(100, a.Score);
        Assert.Equal(Verdict.Good, a.Verdict);
        Assert.Equal(language, a.Language);
        foreach (var kind in new[] { ReplyElementKind.Apology, ReplyElementKind.Solution, ReplyElementKind.Empathy, ReplyElementKind.Explanation, ReplyElementKind.Timeline, ReplyElementKind.Thanks })
        {
            Assert.Contains(a.Elements, e => e.Kind == kind);
        }
    }

    [Theory]
    [InlineData("es", "Su pedido está en reparto.")]
    [InlineData("en", "Your order is out for delivery.")]
    public void A_bare_reply_to_a_complaint_misses_everything(string language, string reply)
    {
        var ids = Analyzers.Analyze(reply, language).RuleIds();

        Assert.Contains("RQ301", ids);
        Assert.Contains("RQ302", ids);
        Assert.Contains("RQ303", ids);
        Assert.Contains("RQ306", ids);
    }

    [Theory]
    [InlineData("es", "Gracias por escribirnos. Lo revisaremos y le diremos algo.")]
    [InlineData("en", "Thanks for reaching out. We'll look into it and get back to you.")]
    public void A_promise_without_a_when_raises_RQ305(string language, string reply)
    {
        var f = Analyzers.Analyze(reply, language).Finding("RQ305");

        Assert.NotNull(f);
        Assert.NotEmpty(f.Spans);
    }

    [Theory]
    [InlineData("es", "Gracias por escribirnos. Lo revisaremos y le diremos algo antes del viernes.")]
    [InlineData("en", "Thanks for reaching out. We'll look into it and get back to you within 24 hours.")]
    public void A_promise_with_a_when_does_not_raise_RQ305(string language, string reply)
    {
        Assert.DoesNotContain("RQ305", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "¿A qué hora abrís los domingos?", "Abrimos de 10:00 a 14:00.")]
    [InlineData("en", "What time do you open on Sundays?", "We open from 10am to 2pm.")]
    public void Completeness_rules_apply_only_to_complaints(string language, string customer, string reply)
    {
        var a = Analyzers.Analyze(reply, language, customer);

        Assert.Equal(MessageKind.Question, a.MessageKind);
        Assert.DoesNotContain(a.Findings, f => f.Category == RuleCategory.Completeness);
    }

    [Fact]
    public void Without_a_customer_message_a_complaint_is_assumed_unless_configured()
    {
        var assumed = Analyzers.Analyze("Your order is out for delivery.", "en");
        var notAssumed = ReplyAnalyzer.Create(new ReplyQualityOptions { AssumeComplaint = false }).Analyze(new ReplyDraft("Your order is out for delivery.") { Language = "en" });

        Assert.Equal(MessageKind.Complaint, assumed.MessageKind);
        Assert.Contains("RQ301", assumed.RuleIds());
        Assert.Equal(MessageKind.Unknown, notAssumed.MessageKind);
        Assert.Empty(notAssumed.Findings);
    }
}
