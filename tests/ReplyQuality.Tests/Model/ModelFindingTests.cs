namespace ReplyQuality.Tests.Model;

/// <summary>What the embedded model adds to the phrase rules, and how the two are fused.</summary>
public sealed class ModelFindingTests
{
    private static readonly ReplyAnalyzer Combined = ReplyAnalyzer.CreateDefault();
    private static readonly ReplyAnalyzer RulesOnly = ReplyAnalyzer.Create(new ReplyQualityOptions { UseModel = false });

    [Theory]
    [InlineData("en", "Eh. The warehouse folks messed up, not us.", "RQ201")]
    [InlineData("es", "El almacén la lió, no nosotros.", "RQ201")]
    [InlineData("es", "Aquí todo se hizo bien, se lo aseguro.", "RQ206")]
    public void The_model_catches_wording_no_phrase_list_holds_and_explains_it(string language, string reply, string ruleId)
    {
        var draft = new ReplyDraft(reply) { Language = language };

        Assert.DoesNotContain(RulesOnly.Analyze(draft).Findings, f => f.RuleId == ruleId);
        var finding = Assert.Single(Combined.Analyze(draft).Findings, f => f.RuleId == ruleId);

        Assert.Equal(FindingSource.Model, finding.Source);
        Assert.InRange(finding.Confidence, 0.3, 1.0);
        var span = Assert.Single(finding.Spans);
        Assert.Equal(reply.Substring(span.Start, span.Length), span.Text);
        Assert.Contains(language == "es" ? "Modelo de lenguaje" : "Language model", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("“", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_phrases_and_model_agree_the_finding_says_both_and_is_more_confident()
    {
        var draft = new ReplyDraft("The delay is the courier's fault, not ours. Take it up with them.") { Language = "en" };

        var rule = Assert.Single(RulesOnly.Analyze(draft).Findings, f => f.RuleId == "RQ201");
        var both = Assert.Single(Combined.Analyze(draft).Findings, f => f.RuleId == "RQ201");

        Assert.Equal(FindingSource.Rule, rule.Source);
        Assert.Equal(FindingSource.Both, both.Source);
        Assert.True(both.Confidence >= rule.Confidence);
        Assert.Contains(both.Spans, s => s.Text.Contains("courier's fault", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_element_findings_name_both_sources_when_the_model_agrees()
    {
        var assessment = Combined.Analyze(new ReplyDraft("Your order number is 4411.") { CustomerMessage = "My parcel never arrived and nobody answers!", Language = "en" });

        var missing = Assert.Single(assessment.Findings, f => f.RuleId == "RQ301");
        Assert.Equal(FindingSource.Both, missing.Source);
    }

    [Fact]
    public void With_the_model_off_every_finding_comes_from_the_rules()
    {
        var assessment = RulesOnly.Analyze(new ReplyDraft("The warehouse folks messed up, not us. Read the terms next time.") { Language = "en" });

        Assert.All(assessment.Findings, f => Assert.Equal(FindingSource.Rule, f.Source));
        Assert.All(assessment.Elements, e => Assert.Equal(FindingSource.Rule, e.Source));
    }

    [Fact]
    public void Sixteen_threads_get_the_results_of_one()
    {
        string[] replies =
        [
            "Eh. The warehouse folks messed up, not us.",
            "Bueno. Eso ya se lo dijimos, ¿no?",
            "Sorry about the wait, Ana: a new card leaves today and arrives by Friday. Thanks for your patience.",
            "Lamentamos que no leyera las condiciones. Consulte nuestra web.",
        ];
        var drafts = Enumerable.Range(0, 400).Select(i => new ReplyDraft(replies[i % replies.Length]) { CustomerMessage = i % 3 == 0 ? "¡Llevo una semana esperando!" : null }).ToArray();
        var analyzer = ReplyAnalyzer.CreateDefault();
        var expected = drafts.Select(d => Describe(analyzer.Analyze(d))).ToArray();

        var actual = new string[drafts.Length];
        Parallel.For(0, drafts.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => actual[i] = Describe(analyzer.Analyze(drafts[i])));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("My order never arrived and it was a gift.", MessageKind.Complaint)]
    [InlineData("Mi pedido no llegó y era un regalo.", MessageKind.Complaint)]
    [InlineData("Gracias por nada, tres semanas esperando.", MessageKind.Complaint)]
    [InlineData("The engineer was brilliant, fixed it in ten minutes.", MessageKind.Praise)]
    [InlineData("¿A qué hora abrís el sábado?", MessageKind.Question)]
    public void The_customer_message_is_read_by_cues_and_model_together(string message, MessageKind expected)
    {
        var assessment = Combined.Analyze(new ReplyDraft("Thanks for writing to us.") { CustomerMessage = message });

        Assert.Equal(expected, assessment.MessageKind);
    }

    private static string Describe(ReplyAssessment a) =>
        $"{a.Score}|{a.MessageKind}|" + string.Join(";", a.Findings.Select(f => $"{f.RuleId}:{f.Source}:{f.Confidence}:{string.Join(",", f.Spans.Select(s => s.Start))}:{f.Explanation.Length}"));
}
