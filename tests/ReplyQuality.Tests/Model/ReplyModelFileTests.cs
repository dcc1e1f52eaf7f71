using ReplyQuality.Model;

namespace ReplyQuality.Tests.Model;

public sealed class ReplyModelFileTests
{
    private static ReplyModel SmallModel()
    {
        var names = new Dictionary<int, string>();
        SentenceFeatures.Featurize("we are so sorry", names);
        var sorry = names.First(kv => kv.Value == "w:sorry").Key;
        var apology = new TagClassifier("apology", Bias: -2f, Slope: -1f, Offset: 0f, Threshold: 0.5f, Indices: [sorry], Weights: [20f]);
        return new ReplyModel("small", [apology], []);
    }

    private static byte[] Bytes(ReplyModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_embedded_model_round_trips_through_save_and_load_with_identical_predictions()
    {
        var model = ReplyModel.Default;
        var path = Path.Combine(Path.GetTempPath(), $"rq-{Guid.NewGuid():N}.rqmodel");
        try
        {
            model.Save(path);
            var loaded = ReplyModel.Load(path);

            Assert.Equal(model.Name, loaded.Name);
            Assert.Equal(model.SentenceTags, loaded.SentenceTags);
            Assert.Equal(model.MessageKinds, loaded.MessageKinds);
            Assert.Equal(model.Thresholds, loaded.Thresholds);
            Assert.Equal(Bytes(model), File.ReadAllBytes(path));
            foreach (var sentence in new[] { "Well, maybe next time read what you sign.", "Lo sentimos mucho, le devolvemos el importe hoy.", "", "🙄🙄" })
            {
                Assert.Equal(model.PredictSentence(sentence), loaded.PredictSentence(sentence));
                Assert.Equal(model.PredictMessage(sentence), loaded.PredictMessage(sentence));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_small_model_scores_through_its_weights()
    {
        var model = ReplyModel.Load(new MemoryStream(Bytes(SmallModel())), "small.rqmodel");

        Assert.Equal(["apology"], model.SentenceTags);
        Assert.True(model.PredictSentence("Sorry for the wait")["apology"] > 0.5f);
        Assert.True(model.PredictSentence("Your order number is 4411")["apology"] < 0.5f);
        Assert.Empty(model.PredictMessage("Where is my order?"));
    }

    [Fact]
    public void A_truncated_model_is_a_clear_error_naming_the_source()
    {
        var truncated = new MemoryStream(Bytes(SmallModel())[..^3]);

        var error = Assert.Throws<InvalidDataException>(() => ReplyModel.Load(truncated, "model.bin"));

        Assert.Contains("model.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_that_is_not_a_model_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReplyModel.Load(new MemoryStream("PK\u0003\u0004 zip file"u8.ToArray()), "model.zip"));

        Assert.Contains("model.zip: not a ReplyQuality model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_another_version_is_rejected_with_both_versions_named()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(ReplyModelFormat.Magic);
            writer.Write(ReplyModelFormat.Version + 1);
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => ReplyModel.Load(stream, "future.bin"));

        Assert.Contains($"version {ReplyModelFormat.Version + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads version {ReplyModelFormat.Version}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_weights_are_rejected()
    {
        var bytes = Bytes(SmallModel());
        BitConverter.GetBytes(float.NaN).CopyTo(bytes, bytes.Length - 4 - 4); // the last weight of the one sentence tag is NaN

        var error = Assert.Throws<InvalidDataException>(() => ReplyModel.Load(new MemoryStream(bytes), "nan.bin"));

        Assert.Contains("nan.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_count_the_file_cannot_hold_is_rejected_before_allocating()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(ReplyModelFormat.Magic);
            writer.Write(ReplyModelFormat.Version);
            writer.Write(SentenceFeatures.Bits);
            writer.Write("huge");
            writer.Write(1);            // one sentence tag
            writer.Write("apology");
            writer.Write(0f);
            writer.Write(-1f);
            writer.Write(0f);
            writer.Write(0.5f);
            writer.Write(SentenceFeatures.Size); // declares 2^18 weights, holds none
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => ReplyModel.Load(stream, "huge.bin"));

        Assert.Contains("huge.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analyzer_given_a_corrupt_model_file_fails_at_creation_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rq-{Guid.NewGuid():N}.rqmodel");
        File.WriteAllBytes(path, Bytes(SmallModel())[..20]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ReplyAnalyzer.Create(new ReplyQualityOptions { ModelPath = path }));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_model_file_is_an_options_error()
    {
        var error = Assert.Throws<ArgumentException>(() => ReplyAnalyzer.Create(new ReplyQualityOptions { ModelPath = "/nonexistent/model.rqmodel" }));

        Assert.Contains("ModelPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/model.rqmodel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_can_be_changed_only_for_known_tags_and_within_range()
    {
        var model = SmallModel();

        Assert.Equal(0.9f, model.WithThresholds(new Dictionary<string, float> { ["apology"] = 0.9f }).Thresholds["apology"]);
        Assert.Throws<ArgumentException>(() => model.WithThresholds(new Dictionary<string, float> { ["sarcasm"] = 0.5f }));
        Assert.Throws<ArgumentException>(() => model.WithThresholds(new Dictionary<string, float> { ["apology"] = 1.5f }));
    }
}
