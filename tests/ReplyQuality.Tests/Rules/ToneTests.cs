namespace ReplyQuality.Tests.Rules;

public sealed class ToneTests
{
    [Theory]
    [InlineData("es", "Mire, si no sabe usar el router no es problema nuestro. Deje de escribirnos.")]
    [InlineData("es", "¿Es que no sabe leer? Ya le mandamos la factura dos veces.")]
    [InlineData("es", "Sinceramente, me da igual lo que opine de nuestro restaurante.")]
    [InlineData("en", "Honestly, stop wasting our time with these complaints about your broadband.")]
    [InlineData("en", "Are you even reading my messages? I've answered this already.")]
    [InlineData("en", "If you don't like our prices, take your business elsewhere.")]
    [InlineData("en", "Rain in November, who would have guessed 🙄 We'll refund the delivery fee.")]
    [InlineData("es", "Claro, el único cliente al que le pasa 🙃 Mándanos el número de pedido.")]
    public void Hostile_replies_raise_RQ101(string language, string reply)
    {
        var a = Analyzers.Analyze(reply, language);

        var finding = Assert.Single(a.Findings, f => f.RuleId == "RQ101");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.NotEmpty(finding.Spans);
        Assert.NotEqual(Verdict.Good, a.Verdict);
    }

    [Theory]
    [InlineData("es", "Lamentamos mucho lo ocurrido. Usted nos escribió \"sois unos inútiles\" y entendemos su enfado: le reembolsamos el importe hoy mismo.")]
    [InlineData("en", "I'm so sorry. You wrote \"you are useless idiots\" and I understand why you feel that way; I've refunded the charge today.")]
    [InlineData("en", "I'm sorry about this. You said: “stop wasting my time” — fair enough, and I've credited your account today.")]
    [InlineData("en", "Sorry! You wrote “great service 🙄” and you're right to be annoyed; I've refunded the fee today.")]
    public void Quoting_the_customer_is_not_the_agents_hostility(string language, string reply)
    {
        Assert.DoesNotContain("RQ101", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "NO ES NUESTRO PROBLEMA!!! Hable con su banco.")]
    [InlineData("es", "Le repito que el pedido YA SALIÓ DEL ALMACÉN.")]
    [InlineData("en", "THIS IS NOT OUR FAULT!!! Please contact the courier.")]
    [InlineData("en", "We have ALREADY REFUNDED YOU, please check your statement??")]
    public void Capitals_and_exclamation_runs_raise_RQ102(string language, string reply)
    {
        var finding = Analyzers.Analyze(reply, language).Finding("RQ102");

        Assert.NotNull(finding);
        Assert.All(finding.Spans, s => Assert.Equal(reply.Substring(s.Start, s.Length), s.Text));
    }

    [Theory]
    [InlineData("es", "Le hemos enviado un SMS con el código. El IVA está incluido y necesitamos su DNI para el envío con SEUR.")]
    [InlineData("es", "Su IBAN quedó registrado; recibirá la factura en PDF y el paquete llegará por MRW.")]
    [InlineData("en", "We've sent you an SMS with the code. VAT is included and the parcel goes with UPS; see the FAQ PDF attached.")]
    [InlineData("en", "Your IBAN is saved and the DHL tracking link is in the email. Thanks!")]
    [InlineData("en", "@ACME_HELP Sorry about your Canon PIXMA MG3620: firmware 2.010 fixes the jam, and your RMA2231 label is attached.")]
    [InlineData("es", "Hola @JUANPEREZ, sentimos lo de tu Samsung QLED QN90A; el técnico pasará el lunes. #COVID19 no afecta a las visitas.")]
    public void Acronyms_and_brands_in_capitals_are_not_shouting(string language, string reply)
    {
        Assert.DoesNotContain("RQ102", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Como ya le expliqué tres veces, la tarifa cambia en enero.")]
    [InlineData("es", "Es evidente que no ha leído el correo que le enviamos.")]
    [InlineData("en", "As I clearly said before, the plan renews every month.")]
    [InlineData("en", "Obviously you need to restart the router first, it's not that hard.")]
    public void Talking_down_raises_RQ103(string language, string reply)
    {
        Assert.Contains("RQ103", Analyzers.Analyze(reply, language).RuleIds());
    }
}
