namespace ReplyQuality.Tests;

public sealed class LanguageAndKindTests
{
    [Theory]
    [InlineData("Hola, sentimos mucho el retraso de su pedido. Se lo enviamos hoy.", "es")]
    [InlineData("buenas, ya te hemos mandado el codigo por sms", "es")]
    [InlineData("¿Me pasas el número de pedido?", "es")]
    [InlineData("Hi there, we're sorry about the delay with your order. We'll ship it today.", "en")]
    [InlineData("thx for waiting, the engineer is on the way", "en")]
    public void The_language_is_detected(string reply, string expected)
    {
        Assert.Equal(expected, Analyzers.Analyze(reply).Language);
    }

    [Fact]
    public void The_drafts_language_overrides_detection_and_accepts_regions()
    {
        Assert.Equal("es", Analyzers.Analyze("OK", "es-MX").Language);
        Assert.Equal("en", Analyzers.Analyze("Hola", "EN_gb").Language);
    }

    [Fact]
    public void An_unsupported_language_is_a_clear_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => Analyzers.Analyze("Bonjour", "fr"));
        Assert.Contains("'fr' is not supported", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_evidence_the_customer_message_then_the_default_decides()
    {
        Assert.Equal("es", Analyzers.Analyze("OK 👍", customerMessage: "¿Dónde está mi pedido? Llevo una semana esperando").Language);
        Assert.Equal("en", Analyzers.Analyze("OK 👍").Language);
    }

    [Theory]
    [InlineData("Llevo tres semanas esperando el reembolso y nadie me contesta. Es una vergüenza.", MessageKind.Complaint)]
    [InlineData("Mi pedido todavía no ha llegado", MessageKind.Complaint)]
    [InlineData("Genial, otra vez sin internet. Gracias por nada.", MessageKind.Complaint)]
    [InlineData("¡Muchas gracias por la atención de ayer, un servicio excelente!", MessageKind.Praise)]
    [InlineData("¿Hacéis envíos a Canarias?", MessageKind.Question)]
    [InlineData("I've been waiting three weeks for my refund and nobody answers. Unacceptable.", MessageKind.Complaint)]
    [InlineData("My parcel still hasn't arrived", MessageKind.Complaint)]
    [InlineData("Great, another outage. Thanks for nothing.", MessageKind.Complaint)]
    [InlineData("Thank you so much for the amazing service yesterday!", MessageKind.Praise)]
    [InlineData("Do you ship to Canada?", MessageKind.Question)]
    public void The_customers_message_kind_is_detected(string customer, MessageKind expected)
    {
        Assert.Equal(expected, Analyzers.Analyze("Ok.", customerMessage: customer).MessageKind);
    }
}
