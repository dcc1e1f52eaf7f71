using FsCheck.Xunit;
using ReplyQuality.Model;

namespace ReplyQuality.Tests.Model;

public sealed class SentenceFeaturesTests
{
    [Theory]
    [InlineData("Lo sentimos mucho, le enviamos otro pedido mañana.")]
    [InlineData("Sorry about that! We've refunded you today.")]
    public void A_sentence_becomes_a_unit_length_sparse_vector_with_sorted_buckets(string sentence)
    {
        var vector = SentenceFeatures.Featurize(sentence);

        Assert.NotEmpty(vector.Indices);
        Assert.Equal(vector.Indices.Length, vector.Values.Length);
        Assert.Equal(vector.Indices.Order().ToArray(), vector.Indices);
        Assert.All(vector.Indices, i => Assert.InRange(i, 0, SentenceFeatures.Size - 1));
        Assert.Equal(1.0, Math.Sqrt(vector.Values.Sum(v => (double)v * v)), 4);
    }

    [Fact]
    public void Case_and_accents_do_not_change_the_features()
    {
        var plain = SentenceFeatures.Featurize("lo sentimos, la solucion llega manana");
        var written = SentenceFeatures.Featurize("LO SENTIMOS, la solución llega mañana");

        Assert.Equal(plain.Indices, written.Indices);
        Assert.Equal(plain.Values, written.Values);
    }

    [Fact]
    public void Named_features_explain_which_n_grams_fill_a_bucket()
    {
        var names = new Dictionary<int, string>();
        var vector = SentenceFeatures.Featurize("Our courier lost it", names);

        Assert.Contains("w:courier", names.Values);
        Assert.Contains("b:courier lost", names.Values);
        Assert.All(vector.Indices, i => Assert.True(names.ContainsKey(i)));
    }

    [Fact]
    public void A_sentence_without_words_has_no_word_features()
    {
        Assert.Empty(SentenceFeatures.Words("!!! ... ???"));
    }

    [Property(MaxTest = 500)]
    public bool Featurising_is_deterministic_and_never_throws(string? text)
    {
        var sentence = text ?? "";
        var first = SentenceFeatures.Featurize(sentence);
        var second = SentenceFeatures.Featurize(sentence);
        return first.Indices.SequenceEqual(second.Indices) && first.Values.SequenceEqual(second.Values);
    }
}

public sealed class SentenceFeaturesFastPathTests
{
    [Theory]
    [InlineData("")]
    [InlineData("!!! ... ???")]
    [InlineData("Sorry for the wait, we'll refund you today.")]
    [InlineData("LO SENTIMOS: la solución llega mañana, ¿vale? 🙄")]
    [InlineData("don't   can`t  o'clock 'quoted' x")]
    [InlineData("a")]
    [InlineData("El almacén la lió, no nosotros. El almacén la lió.")]
    public void The_fast_path_gives_exactly_the_named_path_vector(string sentence)
    {
        var fast = SentenceFeatures.Featurize(sentence);
        var named = SentenceFeatures.Featurize(sentence, new Dictionary<int, string>());

        Assert.Equal(named.Indices, fast.Indices);
        Assert.Equal(named.Values, fast.Values);
    }

    [Property(MaxTest = 500)]
    public bool The_fast_path_gives_the_named_path_vector_for_any_text(string? text)
    {
        var sentence = text ?? string.Empty;
        var fast = SentenceFeatures.Featurize(sentence);
        var named = SentenceFeatures.Featurize(sentence, new Dictionary<int, string>());
        return fast.Indices.AsSpan().SequenceEqual(named.Indices) && fast.Values.AsSpan().SequenceEqual(named.Values);
    }
}
