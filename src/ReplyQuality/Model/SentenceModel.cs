using System.Text;

namespace ReplyQuality.Model;

/// <summary>
/// The sentence model shipped in the library: for each tag (hostile, apology, …) a linear score over
/// <see cref="SentenceFeatures"/>, calibrated into a probability, and the threshold chosen for it by
/// cross-validation. Trained by <c>src/ReplyQuality.Training</c>; stored as plain weights, so scoring a sentence
/// is one featurisation and one sparse dot product per tag. Immutable and safe to share between threads.
/// </summary>
internal sealed class SentenceModel
{
    /// <summary>The format's magic number ("RQSM").</summary>
    public const int Magic = 0x4D535152;

    /// <summary>The format version this library reads.</summary>
    public const int Version = 1;

    private const string ResourceName = "ReplyQuality.Model.sentence-model.bin";

    private static readonly Lazy<SentenceModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private SentenceModel(IReadOnlyList<TagClassifier> tags) => Tags = tags;

    /// <summary>The model embedded in the library, loaded once on first use.</summary>
    public static SentenceModel Default => Shipped.Value;

    /// <summary>The probability of one tag (by index) for a featurised sentence.</summary>
    public float Score(SparseVector vector, int tag) => Tags[tag].Probability(vector);

    /// <summary>The index of a tag in <see cref="Tags"/>, or -1.</summary>
    public int IndexOf(string tag)
    {
        for (var i = 0; i < Tags.Count; i++)
        {
            if (Tags[i].Name == tag)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The tag classifiers, in the order they were trained.</summary>
    public IReadOnlyList<TagClassifier> Tags { get; }

    /// <summary>The probability of every tag for a featurised sentence, in <see cref="Tags"/> order.</summary>
    public float[] Score(SparseVector vector)
    {
        var result = new float[Tags.Count];
        for (var t = 0; t < Tags.Count; t++)
        {
            result[t] = Tags[t].Probability(vector);
        }

        return result;
    }

    private static SentenceModel LoadShipped()
    {
        using var stream = typeof(SentenceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded sentence model '{ResourceName}' is missing from the assembly.");
        return Read(stream, ResourceName);
    }

    /// <summary>Writes a model (used by the trainer).</summary>
    public static void Write(Stream stream, IReadOnlyList<TagClassifier> tags)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(SentenceFeatures.Bits);
        writer.Write(tags.Count);
        foreach (var tag in tags)
        {
            writer.Write(tag.Name);
            writer.Write(tag.Bias);
            writer.Write(tag.Slope);
            writer.Write(tag.Offset);
            writer.Write(tag.Threshold);
            writer.Write(tag.Indices.Length);
            foreach (var index in tag.Indices)
            {
                writer.Write(index);
            }

            foreach (var weight in tag.Weights)
            {
                writer.Write(weight);
            }
        }
    }

    /// <summary>Reads a model.</summary>
    /// <param name="stream">The model data.</param>
    /// <param name="source">Where it comes from, for error messages.</param>
    /// <exception cref="InvalidDataException">The data is not a sentence model of this version, or is truncated.</exception>
    public static SentenceModel Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic)
            {
                throw new InvalidDataException($"{source}: not a ReplyQuality sentence model (wrong magic number).");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"{source}: sentence model format version {version}; this library reads version {Version}.");
            }

            var bits = reader.ReadInt32();
            if (bits != SentenceFeatures.Bits)
            {
                throw new InvalidDataException($"{source}: the model was trained on 2^{bits} feature buckets; this library uses 2^{SentenceFeatures.Bits}.");
            }

            var count = reader.ReadInt32();
            if (count is < 0 or > 1000)
            {
                throw new InvalidDataException($"{source}: implausible number of tags ({count}).");
            }

            var tags = new List<TagClassifier>(count);
            for (var t = 0; t < count; t++)
            {
                var name = reader.ReadString();
                var bias = reader.ReadSingle();
                var slope = reader.ReadSingle();
                var offset = reader.ReadSingle();
                var threshold = reader.ReadSingle();
                var n = reader.ReadInt32();
                if (n < 0 || n > SentenceFeatures.Size)
                {
                    throw new InvalidDataException($"{source}: tag '{name}' has an implausible number of weights ({n}).");
                }

                var indices = new int[n];
                for (var i = 0; i < n; i++)
                {
                    indices[i] = reader.ReadInt32();
                    if (indices[i] < 0 || indices[i] >= SentenceFeatures.Size || (i > 0 && indices[i] <= indices[i - 1]))
                    {
                        throw new InvalidDataException($"{source}: tag '{name}': feature indices must be ascending and below 2^{SentenceFeatures.Bits}.");
                    }
                }

                var weights = new float[n];
                for (var i = 0; i < n; i++)
                {
                    weights[i] = reader.ReadSingle();
                }

                tags.Add(new TagClassifier(name, bias, slope, offset, threshold, indices, weights));
            }

            return new SentenceModel(tags);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{source}: the sentence model is truncated.", e);
        }
    }
}

/// <summary>One tag's classifier: a calibrated linear score over sparse features, and its decision threshold.</summary>
/// <param name="Name">The tag.</param>
/// <param name="Bias">Bias of the linear score.</param>
/// <param name="Slope">Platt calibration slope.</param>
/// <param name="Offset">Platt calibration offset.</param>
/// <param name="Threshold">Probability from which the tag is taken as present.</param>
/// <param name="Indices">Feature buckets with a weight, ascending.</param>
/// <param name="Weights">The weights, aligned with <paramref name="Indices"/>.</param>
internal sealed record TagClassifier(string Name, float Bias, float Slope, float Offset, float Threshold, int[] Indices, float[] Weights)
{
    /// <summary>The calibrated probability of the tag: each of the sentence's few features is looked up among the weights.</summary>
    public float Probability(SparseVector vector)
    {
        var score = Bias;
        var features = vector.Indices;
        for (var i = 0; i < features.Length; i++)
        {
            var at = Array.BinarySearch(Indices, features[i]);
            if (at >= 0)
            {
                score += vector.Values[i] * Weights[at];
            }
        }

        return 1f / (1f + MathF.Exp((Slope * score) + Offset));
    }
}
