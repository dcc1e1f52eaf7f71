namespace ReplyQuality.Tests.Rules;

public sealed class ContextTests
{
    [Theory]
    [InlineData("es", "¡La mejor pizza que he comido nunca! Enhorabuena al equipo.", "Lamentamos mucho las molestias, revisaremos su pedido.")]
    [InlineData("en", "Best pizza I've ever had, thank you so much!", "We're sorry for the inconvenience, we will look into your order.")]
    public void Apologising_to_praise_raises_RQ401(string language, string customer, string reply)
    {
        var a = Analyzers.Analyze(reply, language, customer);

        Assert.Equal(MessageKind.Praise, a.MessageKind);
        var f = a.Finding("RQ401");
        Assert.NotNull(f);
        Assert.NotEmpty(f.Spans);
        Assert.DoesNotContain(a.Findings, x => x.Category == RuleCategory.Completeness);
    }

    [Theory]
    [InlineData("es", "¡La mejor pizza que he comido nunca!", "¡Muchas gracias! Nos alegra muchísimo que le gustara.")]
    [InlineData("en", "Best pizza I've ever had!", "Thank you so much! We're thrilled you enjoyed it.")]
    public void Thanking_for_praise_is_fine(string language, string customer, string reply)
    {
        Assert.Empty(Analyzers.Analyze(reply, language, customer).Findings);
    }

    [Fact]
    public void A_reply_after_the_golden_hour_raises_RQ402_with_the_delay()
    {
        var t0 = new DateTimeOffset(2026, 3, 2, 10, 15, 0, TimeSpan.Zero);
        var draft = new ReplyDraft("Thank you so much! We're thrilled you enjoyed it.")
        {
            CustomerMessage = "Best pizza I've ever had!",
            ReceivedAt = t0,
            RespondedAt = t0.AddMinutes(95),
        };

        var f = Analyzers.Default.Analyze(draft).Finding("RQ402");

        Assert.NotNull(f);
        Assert.Contains("95", f.Message, StringComparison.Ordinal);
        Assert.Contains("60", f.Message, StringComparison.Ordinal);
        Assert.Empty(f.Spans);
    }

    [Fact]
    public void The_golden_hour_is_configurable()
    {
        var t0 = DateTimeOffset.UnixEpoch;
        var draft = new ReplyDraft("Thanks so much, glad you liked it!") { CustomerMessage = "Loved it!", ReceivedAt = t0, RespondedAt = t0.AddMinutes(45) };

        Assert.DoesNotContain("RQ402", Analyzers.Default.Analyze(draft).RuleIds());
        Assert.Contains("RQ402", ReplyAnalyzer.Create(new ReplyQualityOptions { GoldenHour = TimeSpan.FromMinutes(30) }).Analyze(draft).RuleIds());
    }
}
