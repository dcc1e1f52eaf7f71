using System.Text;

namespace ReplyQuality.Model;

/// <summary>
/// The binary form of a <see cref="ReplyModel"/>: a header (magic "RQSM", format version, feature bits, model
/// name) and two groups of tag classifiers — sentence tags, then kinds of customer message — each classifier
/// as name, bias, Platt slope and offset, threshold and its non-zero weights (ascending bucket indices, then
/// values). Little-endian, strings as length-prefixed UTF-8.
/// </summary>
internal static class ReplyModelFormat
{
    /// <summary>The format's magic number ("RQSM").</summary>
    public const int Magic = 0x4D535152;

    /// <summary>The format version this library reads and writes.</summary>
    public const int Version = 2;

    private const int MaxTags = 255;

    /// <summary>Writes a model.</summary>
    public static void Write(Stream stream, string name, IReadOnlyList<TagClassifier> sentenceTags, IReadOnlyList<TagClassifier> messageKinds)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(SentenceFeatures.Bits);
        writer.Write(name);
        foreach (var group in new[] { sentenceTags, messageKinds })
        {
            writer.Write(group.Count);
            foreach (var tag in group)
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
    }

    /// <summary>Reads a model.</summary>
    /// <param name="stream">The model data.</param>
    /// <param name="source">Where it comes from (a file name), for error messages.</param>
    /// <exception cref="InvalidDataException">The data is not a model of this version, or is truncated or corrupt.</exception>
    public static (string Name, List<TagClassifier> SentenceTags, List<TagClassifier> MessageKinds) Read(Stream stream, string source)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic)
            {
                throw new InvalidDataException($"{source}: not a ReplyQuality model (wrong magic number; expected a file written by ReplyModel.Save or 'reply-lint train').");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"{source}: model format version {version}; this version of ReplyQuality reads version {Version}. Retrain the model with 'reply-lint train'.");
            }

            var bits = reader.ReadInt32();
            if (bits != SentenceFeatures.Bits)
            {
                throw new InvalidDataException($"{source}: the model was trained on 2^{bits} feature buckets; this library uses 2^{SentenceFeatures.Bits}.");
            }

            var name = reader.ReadString();
            var sentenceTags = ReadGroup(reader, source, "sentence tag");
            var messageKinds = ReadGroup(reader, source, "message kind");
            if (stream.CanSeek && stream.Position != stream.Length)
            {
                throw new InvalidDataException($"{source}: {stream.Length - stream.Position} unexpected bytes after the model.");
            }

            return (name, sentenceTags, messageKinds);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{source}: the model file is truncated.", e);
        }
        catch (Exception e) when (e is DecoderFallbackException or FormatException or IOException)
        {
            throw new InvalidDataException($"{source}: the model file is corrupt ({e.Message}).", e);
        }
    }

    private static List<TagClassifier> ReadGroup(BinaryReader reader, string source, string what)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > MaxTags)
        {
            throw new InvalidDataException($"{source}: implausible number of {what}s ({count}); the file is corrupt.");
        }

        var tags = new List<TagClassifier>(count);
        for (var t = 0; t < count; t++)
        {
            var name = reader.ReadString();
            var bias = reader.ReadSingle();
            var slope = reader.ReadSingle();
            var offset = reader.ReadSingle();
            var threshold = reader.ReadSingle();
            if (!float.IsFinite(bias) || !float.IsFinite(slope) || !float.IsFinite(offset) || threshold is not (>= 0f and <= 1f))
            {
                throw new InvalidDataException($"{source}: {what} '{name}' has invalid parameters; the file is corrupt.");
            }

            var n = reader.ReadInt32();
            if (n < 0 || n > SentenceFeatures.Size)
            {
                throw new InvalidDataException($"{source}: {what} '{name}' has an implausible number of weights ({n}); the file is corrupt.");
            }

            // Each weight takes 8 bytes: a count the rest of the file cannot hold is caught before allocating for it.
            if (reader.BaseStream.CanSeek && (long)n * 8 > reader.BaseStream.Length - reader.BaseStream.Position)
            {
                throw new InvalidDataException($"{source}: the model file is truncated ({what} '{name}' declares {n} weights).");
            }

            var indices = new int[n];
            for (var i = 0; i < n; i++)
            {
                indices[i] = reader.ReadInt32();
                if (indices[i] < 0 || indices[i] >= SentenceFeatures.Size || (i > 0 && indices[i] <= indices[i - 1]))
                {
                    throw new InvalidDataException($"{source}: {what} '{name}': feature indices must be ascending and below 2^{SentenceFeatures.Bits}; the file is corrupt.");
                }
            }

            var weights = new float[n];
            for (var i = 0; i < n; i++)
            {
                weights[i] = reader.ReadSingle();
                if (!float.IsFinite(weights[i]))
                {
                    throw new InvalidDataException($"{source}: {what} '{name}' has a weight that is not a finite number; the file is corrupt.");
                }
            }

            tags.Add(new TagClassifier(name, bias, slope, offset, threshold, indices, weights));
        }

        return tags;
    }
}
