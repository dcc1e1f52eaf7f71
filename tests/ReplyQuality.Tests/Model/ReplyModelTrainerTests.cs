using ReplyQuality.Tests.Rules;
using ReplyQuality.Training;

namespace ReplyQuality.Tests.Model;

/// <summary>Training a custom model on a small fixture: it learns, and it is reproducible.</summary>
public sealed class ReplyModelTrainerTests
{
    private static string CorpusFile(string language, string part) =>
        Path.Combine(ShippedRulesTests.RepositoryRoot(), "src", "ReplyQuality.Training", "Corpus", language, part);

    [Fact]
    public void A_model_trained_on_one_part_of_the_corpus_recognises_unseen_sentences_of_another()
    {
        // Train on part-a of both languages (≈ 800 sentences), measure on part-b (never seen).
        var train = LabelledText.ReadJsonl(CorpusFile("en", "part-a.jsonl")).Concat(LabelledText.ReadJsonl(CorpusFile("es", "part-a.jsonl"))).ToList();
        var unseen = LabelledText.ReadJsonl(CorpusFile("en", "part-b.jsonl")).Concat(LabelledText.ReadJsonl(CorpusFile("es", "part-b.jsonl"))).ToList();
        var options = new ReplyModelTrainerOptions { Name = "fixture", CrossValidationFolds = 3, MaximumIterations = 200 };

        var trained = new ReplyModelTrainer(options).Train(train);
        var metrics = ModelEvaluator.EvaluateSentences(trained.Model, unseen);

        // Stated bar: micro F1 over the 16 sentence tags on unseen sentences ≥ 0.30 per language, from only ≈ 25
        // positives per tag (a model that learned nothing, tagging every sentence with everything, scores ≈ 0.18;
        // the shipped model, trained on the whole corpus, reaches ≈ 0.75 in cross-validation).
        foreach (var language in new[] { "en", "es" })
        {
            var micro = Assert.Single(metrics, m => m.Language == language && m.Name == ModelEvaluator.Micro);
            Assert.True(micro.F1 >= 0.30, $"{language}: micro F1 {micro.F1:0.00} on unseen sentences");
        }

        Assert.Equal("fixture", trained.Model.Name);
        Assert.Contains("apology", trained.Model.SentenceTags);
        Assert.True(trained.Model.PredictSentence("We are truly sorry for the trouble.")["apology"] > trained.Model.PredictSentence("Your order number is 4411.")["apology"]);
    }

    [Fact]
    public void The_same_data_and_seed_give_a_byte_identical_model()
    {
        var data = LabelledText.ReadJsonl(CorpusFile("es", "part-a.jsonl")).Take(300).ToList();
        var options = new ReplyModelTrainerOptions { CrossValidationFolds = 3, MaximumIterations = 50 };

        var first = new ReplyModelTrainer(options).Train(data);
        var second = new ReplyModelTrainer(options).Train(data);

        Assert.Equal(Save(first.Model), Save(second.Model));
        Assert.NotEmpty(first.CrossValidation);
    }

    [Fact]
    public void Training_without_labels_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReplyModelTrainer().Train([new LabelledText("Hello.", new HashSet<string>())]));

        Assert.Contains("label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trained_model_is_used_by_the_analyzer()
    {
        var data = LabelledText.ReadJsonl(CorpusFile("en", "part-a.jsonl")).ToList();
        var model = new ReplyModelTrainer(new ReplyModelTrainerOptions { Name = "acme", CrossValidationFolds = 0, MaximumIterations = 100 }).Train(data).Model;

        var analyzer = ReplyAnalyzer.Create(new ReplyQualityOptions { Model = model });
        var assessment = analyzer.Analyze(new ReplyDraft("Sorry about that, we have refunded you today. Thanks for telling us.") { Language = "en" });

        Assert.DoesNotContain(assessment.Findings, f => f.RuleId == "RQ301");
    }

    private static byte[] Save(ReplyModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
