using System.Collections.Frozen;
using ReplyQuality.Model;

namespace ReplyQuality;

/// <summary>
/// The machine-learned part of the engine: for each sentence of a reply, the probability that it does what a tag
/// names (hostile, blames-third-party, apology, solution…), and for the customer's message, whether it is a
/// complaint, praise or a question. Each tag is a calibrated linear classifier over hashed word and character
/// n-grams with its own decision threshold. <see cref="Default"/> is embedded in the library; a custom model,
/// trained with <c>ReplyQuality.Training</c> or <c>reply-lint train</c>, is loaded with <see cref="Load(string)"/>
/// and passed to the analyzer through <see cref="ReplyQualityOptions.Model"/>. Immutable and thread-safe.
/// </summary>
public sealed class ReplyModel
{
    /// <summary>The name of the embedded model (as reported by <c>reply-lint</c>).</summary>
    public const string DefaultName = "reply-quality-default";

    private const string ResourceName = "ReplyQuality.Model.sentence-model.bin";

    private static readonly Lazy<ReplyModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    internal ReplyModel(string name, IReadOnlyList<TagClassifier> sentenceTags, IReadOnlyList<TagClassifier> messageKinds)
    {
        Name = string.IsNullOrWhiteSpace(name) ? "custom" : name;
        Sentence = new TagSet(sentenceTags);
        Message = new TagSet(messageKinds);
        SentenceTags = [.. sentenceTags.Select(t => t.Name)];
        MessageKinds = [.. messageKinds.Select(t => t.Name)];
        Thresholds = sentenceTags.Concat(messageKinds).DistinctBy(t => t.Name).ToFrozenDictionary(t => t.Name, t => t.Threshold, StringComparer.Ordinal);
    }

    /// <summary>The model embedded in the library, loaded once, on first use.</summary>
    public static ReplyModel Default => Embedded.Value;

    /// <summary>The model's name (<see cref="DefaultName"/> for the embedded one).</summary>
    public string Name { get; }

    /// <summary>The sentence tags the model knows (<c>hostile</c>, <c>apology</c>…; see the corpus README).</summary>
    public IReadOnlyList<string> SentenceTags { get; }

    /// <summary>The kinds of customer message the model knows (<c>complaint</c>, <c>praise</c>, <c>question</c>), or none.</summary>
    public IReadOnlyList<string> MessageKinds { get; }

    /// <summary>The probability from which each tag (and message kind) counts as present.</summary>
    public IReadOnlyDictionary<string, float> Thresholds { get; }

    /// <summary>The sentence tags, indexed for scoring.</summary>
    internal TagSet Sentence { get; }

    /// <summary>The message kinds, indexed for scoring.</summary>
    internal TagSet Message { get; }

    /// <summary>Loads a model saved with <see cref="Save(string)"/> or <c>reply-lint train</c>.</summary>
    /// <param name="path">The model file.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not a ReplyQuality model, is of another format version, or is truncated or corrupt; the message names the file and the problem.</exception>
    public static ReplyModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The model file '{path}' does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <param name="stream">The model data (read from its current position).</param>
    /// <param name="source">A name for the data in error messages (a file name, say).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The data is not a ReplyQuality model, is of another format version, or is truncated or corrupt.</exception>
    public static ReplyModel Load(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (name, sentenceTags, messageKinds) = ReplyModelFormat.Read(stream, source ?? "model stream");
        return new ReplyModel(name, sentenceTags, messageKinds);
    }

    /// <summary>Saves the model (format version 2; byte-identical for the same model), atomically.</summary>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // Written beside the target and renamed over it: a reader never sees half a model.
        var temporary = path + ".tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                Save(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }

    /// <summary>Saves the model to a stream.</summary>
    /// <param name="stream">Where to write.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ReplyModelFormat.Write(stream, Name, Sentence.Tags, Message.Tags);
    }

    /// <summary>A copy of the model with some decision thresholds changed (tags not named keep theirs).</summary>
    /// <param name="thresholds">New thresholds by tag or message kind, each from 0 to 1.</param>
    /// <exception cref="ArgumentException">A tag is unknown or a threshold is out of range.</exception>
    public ReplyModel WithThresholds(IReadOnlyDictionary<string, float> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        foreach (var (tag, value) in thresholds)
        {
            if (!Thresholds.ContainsKey(tag))
            {
                throw new ArgumentException($"The model has no tag '{tag}'; its tags are: {string.Join(", ", Thresholds.Keys.Order(StringComparer.Ordinal))}.", nameof(thresholds));
            }

            if (value is not (>= 0f and <= 1f))
            {
                throw new ArgumentException($"The threshold of '{tag}' must be between 0 and 1 (was {value}).", nameof(thresholds));
            }
        }

        TagClassifier Update(TagClassifier t) => thresholds.TryGetValue(t.Name, out var value) ? t with { Threshold = value } : t;
        return new ReplyModel(Name, [.. Sentence.Tags.Select(Update)], [.. Message.Tags.Select(Update)]);
    }

    /// <summary>The probability of every sentence tag for one sentence.</summary>
    /// <param name="sentence">One sentence of a reply.</param>
    public IReadOnlyDictionary<string, float> PredictSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var probabilities = Sentence.Score(SentenceFeatures.Featurize(sentence));
        return SentenceTags.Select((tag, i) => (tag, i)).ToDictionary(x => x.tag, x => probabilities[x.i], StringComparer.Ordinal);
    }

    /// <summary>The probability of every message kind for a customer's message (empty when the model has no message classifier).</summary>
    /// <param name="message">The customer's message.</param>
    public IReadOnlyDictionary<string, float> PredictMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var probabilities = Message.Score(SentenceFeatures.Featurize(message));
        return MessageKinds.Select((kind, i) => (kind, i)).ToDictionary(x => x.kind, x => probabilities[x.i], StringComparer.Ordinal);
    }

    private static ReplyModel LoadEmbedded()
    {
        using var stream = typeof(ReplyModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded model '{ResourceName}' is missing from the assembly.");
        return Load(stream, ResourceName);
    }
}
