namespace ReplyQuality.Tests.Model;

/// <summary>The embedded sentence model finds elements of a good reply that the phrase lists do not hold.</summary>
public sealed class ModelElementsTests
{
    private const string EmpathyNoListHolds = "Entiendo que después de tanto esperar lo último que querías era una mesa junto a la puerta.";

    [Fact]
    public void The_model_finds_empathy_written_in_a_way_no_phrase_list_holds()
    {
        var assessment = ReplyAnalyzer.CreateDefault().Analyze(new ReplyDraft(EmpathyNoListHolds) { Language = "es" });

        var empathy = Assert.Single(assessment.Elements, e => e.Kind == ReplyElementKind.Empathy);
        Assert.Equal(FindingSource.Model, empathy.Source);
        Assert.InRange(empathy.Confidence, 0.5, 1.0);
        Assert.Equal(EmpathyNoListHolds.TrimEnd('.'), empathy.Span.Text);
        Assert.DoesNotContain(assessment.Findings, f => f.RuleId == "RQ303");
    }

    [Fact]
    public void Without_the_model_only_the_phrase_lists_decide()
    {
        var analyzer = ReplyAnalyzer.Create(new ReplyQualityOptions { UseModel = false });

        var assessment = analyzer.Analyze(new ReplyDraft(EmpathyNoListHolds) { Language = "es" });

        Assert.DoesNotContain(assessment.Elements, e => e.Source == FindingSource.Model);
        Assert.Contains(assessment.Findings, f => f.RuleId == "RQ303");
    }

    [Theory]
    [InlineData("en", "We value your feedback and will pass it on to the relevant team.")]
    [InlineData("en", "The billing team will contact you in due course.")]
    [InlineData("es", "Trasladaremos su comentario al área correspondiente, que le contestará en breve.")]
    public void The_model_never_turns_a_vague_hand_off_into_a_solution_or_a_when(string language, string reply)
    {
        var assessment = ReplyAnalyzer.CreateDefault().Analyze(new ReplyDraft(reply) { Language = language });

        Assert.DoesNotContain(assessment.Elements, e => e.Source == FindingSource.Model && e.Kind is ReplyElementKind.Solution or ReplyElementKind.Timeline);
        Assert.DoesNotContain(assessment.Elements, e => e.Kind == ReplyElementKind.Timeline);
    }

    [Fact]
    public void Quoted_customer_words_never_become_model_elements()
    {
        var reply = "Nos escribiste: \"" + EmpathyNoListHolds + "\" Ya lo hemos resuelto.";

        var assessment = ReplyAnalyzer.CreateDefault().Analyze(new ReplyDraft(reply) { Language = "es" });

        Assert.DoesNotContain(assessment.Elements, e => e.Source == FindingSource.Model);
    }
}
