namespace ReplyQuality.Cli.Inputs;

/// <summary>
/// One reply read from an input, with where it came from. A record that could not be read carries an
/// <see cref="Error"/> instead of a text; it still produces a result, so records in equal results out.
/// </summary>
internal sealed record ReplyRecord
{
    /// <summary>The input as shown in reports: a path relative to the working directory with '/' separators, or <c>-</c>.</summary>
    public required string File { get; init; }

    /// <summary>1-based number of the record within its input.</summary>
    public required int Index { get; init; }

    /// <summary>1-based line where the record starts in its input (1 for a whole-file reply).</summary>
    public int Line { get; init; } = 1;

    /// <summary>The record's id: its <c>id</c> field, or the file name (whole-file replies), or <c>file#n</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The reply, or <see langword="null"/> when the record could not be read.</summary>
    public string? Text { get; init; }

    /// <summary>The customer's message, when given.</summary>
    public string? CustomerMessage { get; init; }

    /// <summary>How <see cref="Text"/> is written (a record's <c>format</c>, HTML for help-desk HTML bodies and .html files); Auto detects.</summary>
    public ReplyFormat Format { get; init; }

    /// <summary>Language forced by the record (<c>es</c>/<c>en</c>).</summary>
    public string? Language { get; init; }

    /// <summary>When the customer wrote.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>When the reply was sent.</summary>
    public DateTimeOffset? RespondedAt { get; init; }

    /// <summary>Rules suppressed for this record; <c>*</c> suppresses all.</summary>
    public IReadOnlySet<string> Suppressed { get; init; } = EmptySet;

    /// <summary>Whether <see cref="Text"/> is the whole file, so span offsets map to the file's lines and columns.</summary>
    public bool IsWholeFile { get; init; }

    /// <summary>Why the record could not be read.</summary>
    public string? Error { get; init; }

    /// <summary>Whether a rule's findings are suppressed for this record.</summary>
    public bool IsSuppressed(string ruleId) => Suppressed.Contains("*") || Suppressed.Contains(ruleId);

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    /// <summary>A result-only record for an input that could not be read at all.</summary>
    public static ReplyRecord Failed(string file, int index, int line, string error) =>
        new() { File = file, Index = index, Line = line, Id = DefaultId(file, index), Error = error };

    /// <summary>The id of a record that has none: <c>file.json#3</c>, or <c>stdin#3</c>.</summary>
    public static string DefaultId(string file, int index) => $"{(file == "-" ? "stdin" : Path.GetFileName(file))}#{index}";
}
