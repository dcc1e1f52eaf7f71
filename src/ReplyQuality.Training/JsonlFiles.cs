using System.Text.Json;

namespace ReplyQuality.Training;

/// <summary>Reads JSONL files (one object per line) with errors that name the file and line.</summary>
internal static class JsonlFiles
{
    public static IEnumerable<T> Read<T>(string path, string? exclude, Func<JsonElement, T> parse)
    {
        List<string> files;
        if (File.Exists(path))
        {
            files = [path];
        }
        else if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*.jsonl", SearchOption.AllDirectories)
                .Where(f => exclude is null || !Path.GetFileName(f).Contains(exclude, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)];
        }
        else
        {
            throw new FileNotFoundException($"'{path}' is neither a file nor a folder.", path);
        }

        return Iterate(files, parse);
    }

    private static IEnumerable<T> Iterate<T>(List<string> files, Func<JsonElement, T> parse)
    {
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                T item;
                try
                {
                    using var document = JsonDocument.Parse(line);
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        throw new InvalidDataException("each line must be a JSON object.");
                    }

                    item = parse(document.RootElement);
                }
                catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException)
                {
                    throw new InvalidDataException($"{file}:{number}: {e.Message}", e);
                }

                yield return item;
            }
        }
    }

    public static string RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"'{name}' is required and must be a string.");
}
