namespace ReplyQuality.Tests.Rules;

public sealed class DeflectionTests
{
    [Theory]
    [InlineData("es", "La culpa es de la empresa de mensajería, tendrá que reclamarles a ellos.")]
    [InlineData("es", "Nuestro proveedor nos falló con el stock, nosotros no podemos hacer más.")]
    [InlineData("en", "The courier is to blame for this, please take it up with them.")]
    [InlineData("en", "Our supplier let us down this month, so there's nothing we can do.")]
    public void Pushing_the_fault_onto_others_raises_RQ201(string language, string reply)
    {
        Assert.Contains("RQ201", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Lo sentimos mucho: el transportista extravió su paquete. Hoy mismo le enviamos uno nuevo sin coste para usted.")]
    [InlineData("en", "I'm really sorry: the carrier lost your parcel. We're sending a new one today at our cost.")]
    public void Naming_the_carrier_while_owning_the_fix_is_not_RQ201(string language, string reply)
    {
        Assert.DoesNotContain("RQ201", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Según la cláusula 7 de su contrato, la permanencia es de 12 meses.")]
    [InlineData("en", "As stated in section 7 of your agreement, cancellation fees apply.")]
    public void Quoting_the_contract_raises_RQ202(string language, string reply)
    {
        Assert.Contains("RQ202", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Consulte nuestra web.")]
    [InlineData("es", "Toda la información está en nuestra página web, en el apartado de preguntas frecuentes.")]
    [InlineData("en", "Please check our FAQ.")]
    [InlineData("en", "All the information you need is on our website.")]
    public void Sending_the_customer_to_the_website_raises_RQ203(string language, string reply)
    {
        Assert.Contains("RQ203", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Lamento el problema. Aquí tiene los pasos exactos para cambiar la contraseña: https://ayuda.ejemplo.es/cuenta/cambiar-contrasena. Si necesita algo más, quedo a su disposición.")]
    [InlineData("en", "Sorry about that! Here's the exact guide for resetting your router: https://help.example.com/articles/router-reset. If you need anything else, just let me know and I'll help.")]
    public void One_specific_link_with_an_offer_of_help_is_not_RQ203(string language, string reply)
    {
        Assert.DoesNotContain("RQ203", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Eso lo decide la dirección, yo no puedo hacer nada.")]
    [InlineData("en", "That's a management decision, there's nothing I can do.")]
    public void Pushing_the_decision_up_raises_RQ204(string language, string reply)
    {
        Assert.Contains("RQ204", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Usted debería haber revisado el pedido antes de confirmarlo.")]
    [InlineData("es", "Lamentamos que no leyera las condiciones de la oferta antes de contratarla.")]
    [InlineData("en", "You should have checked your order before confirming it.")]
    [InlineData("en", "We regret that you did not read the terms before booking.")]
    public void Blaming_the_customer_even_politely_raises_RQ205(string language, string reply)
    {
        var a = Analyzers.Analyze(reply, language);

        Assert.Contains("RQ205", a.RuleIds());
        Assert.DoesNotContain(a.Elements, e => e.Kind == ReplyElementKind.Apology);
    }

    [Theory]
    [InlineData("es", "No es culpa suya, es nuestra: le devolvemos el dinero hoy mismo.")]
    [InlineData("es", "Por supuesto que no es culpa tuya, lo sentimos mucho.")]
    [InlineData("en", "This isn't your fault, it's ours, and I'm sorry.")]
    [InlineData("en", "None of this was your mistake; we're refunding you today.")]
    public void Negated_blame_is_not_RQ205(string language, string reply)
    {
        Assert.DoesNotContain("RQ205", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Nuestro sistema no comete errores, el cobro es correcto.")]
    [InlineData("en", "Our system does not make mistakes, the charge is correct.")]
    [InlineData("en", "We did nothing wrong here.")]
    public void Denial_raises_RQ206(string language, string reply)
    {
        Assert.Contains("RQ206", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Es solo un pequeño retraso, no es para tanto.")]
    [InlineData("en", "It's only a minor delay, no big deal.")]
    public void Playing_it_down_raises_RQ207(string language, string reply)
    {
        Assert.Contains("RQ207", Analyzers.Analyze(reply, language).RuleIds());
    }

    [Theory]
    [InlineData("es", "Si sigue así borraremos su comentario y bloquearemos su cuenta.")]
    [InlineData("en", "We will delete your review if you continue posting this.")]
    public void Threatening_to_silence_raises_RQ208(string language, string reply)
    {
        var f = Analyzers.Analyze(reply, language).Finding("RQ208");

        Assert.NotNull(f);
        Assert.Equal(Severity.Error, f.Severity);
    }
}
