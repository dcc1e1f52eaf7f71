using ReplyQuality.Model;

namespace ReplyQuality.Tests.Model;

public sealed class SentenceModelFormatTests
{
    private static TagClassifier Apology()
    {
        var names = new Dictionary<int, string>();
        var vector = SentenceFeatures.Featurize("we are so sorry", names);
        var sorry = names.First(kv => kv.Value == "w:sorry").Key;
        return new TagClassifier("apology", Bias: -2f, Slope: -1f, Offset: 0f, Threshold: 0.5f, Indices: [sorry], Weights: [20f]);
    }

    [Fact]
    public void A_model_reads_back_as_written_and_scores_through_its_weights()
    {
        using var stream = new MemoryStream();
        SentenceModel.Write(stream, [Apology()]);
        stream.Position = 0;

        var model = SentenceModel.Read(stream, "test.bin");

        var tag = Assert.Single(model.Tags);
        Assert.Equal("apology", tag.Name);
        Assert.True(model.Score(SentenceFeatures.Featurize("Sorry for the wait"))[0] > 0.5f);
        Assert.True(model.Score(SentenceFeatures.Featurize("Your order number is 4411"))[0] < 0.5f);
    }

    [Fact]
    public void A_truncated_model_is_a_clear_error_naming_the_source()
    {
        using var stream = new MemoryStream();
        SentenceModel.Write(stream, [Apology()]);
        var truncated = new MemoryStream(stream.ToArray()[..^3]);

        var error = Assert.Throws<InvalidDataException>(() => SentenceModel.Read(truncated, "model.bin"));

        Assert.Contains("model.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_that_is_not_a_model_is_rejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => SentenceModel.Read(new MemoryStream("PK\u0003\u0004 zip file"u8.ToArray()), "model.zip"));

        Assert.Contains("not a ReplyQuality sentence model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_another_version_is_rejected_with_both_versions_named()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(SentenceModel.Magic);
            writer.Write(SentenceModel.Version + 1);
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => SentenceModel.Read(stream, "future.bin"));

        Assert.Contains($"version {SentenceModel.Version + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads version {SentenceModel.Version}", error.Message, StringComparison.Ordinal);
    }
}
