using System.Text.Json;
using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary><c>--format json</c>: one document with the tool, every result and the summary.</summary>
internal sealed class JsonReport(TextWriter output) : ReportWriter
{
    private readonly MemoryStream _results = new();
    private Utf8JsonWriter? _writer;

    /// <inheritdoc />
    public override void Write(LintResult result)
    {
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(_results, ResultJson.WriterOptions);
            _writer.WriteStartArray();
        }

        ResultJson.Write(_writer, result);
    }

    /// <inheritdoc />
    public override void Complete(LintSummary summary)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = ResultJson.WriterOptions.Encoder }))
        {
            json.WriteStartObject();
            ResultJson.WriteTool(json);
            json.WritePropertyName("results");
            if (_writer is null)
            {
                json.WriteStartArray();
                json.WriteEndArray();
            }
            else
            {
                _writer.WriteEndArray();
                _writer.Flush();
                using var results = JsonDocument.Parse(_results.ToArray());
                results.RootElement.WriteTo(json);
            }

            ResultJson.WriteSummary(json, summary);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer?.Dispose();
            _results.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary><c>--format jsonl</c> (and <c>check -</c>): one result per line, written as soon as it is known.</summary>
internal sealed class JsonLinesReport(TextWriter output) : ReportWriter
{
    private readonly ArrayBufferWriterStream _buffer = new();

    /// <inheritdoc />
    public override void Write(LintResult result)
    {
        _buffer.Reset();
        using (var json = new Utf8JsonWriter(_buffer, ResultJson.WriterOptions))
        {
            ResultJson.Write(json, result);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(_buffer.Written));
        output.Flush();
    }

    /// <inheritdoc />
    public override void Complete(LintSummary summary) => output.Flush();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class ArrayBufferWriterStream : MemoryStream
    {
        public ReadOnlySpan<byte> Written => GetBuffer().AsSpan(0, (int)Length);

        public void Reset() => SetLength(0);
    }
}
