using System.Buffers;
using System.Text;
using System.Text.Json;
using ReplyQuality.Cli.Linting;

namespace ReplyQuality.Cli.Reports;

/// <summary><c>--format json</c>: one document with the tool, every result and the summary.</summary>
internal sealed class JsonReport : ReportWriter
{
    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Starts the document: the tool, then the results as they come.</summary>
    public JsonReport(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = ResultJson.WriterOptions.Encoder });
        _json.WriteStartObject();
        ResultJson.WriteTool(_json);
        _json.WriteStartArray("results");
    }

    /// <inheritdoc />
    public override void Write(LintResult result) => ResultJson.Write(_json, result);

    /// <inheritdoc />
    public override void Complete(LintSummary summary)
    {
        _json.WriteEndArray();
        ResultJson.WriteSummary(_json, summary);
        _json.WriteEndObject();
        _json.Flush();
        _output.WriteLine(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json.Dispose();
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary><c>--format jsonl</c> (and <c>check -</c>): one result per line, written as soon as it is known.</summary>
internal sealed class JsonLinesReport : ReportWriter
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates the writer.</summary>
    public JsonLinesReport(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, ResultJson.WriterOptions);
    }

    /// <inheritdoc />
    public override void Write(LintResult result)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        ResultJson.Write(_json, result);
        _json.Flush();
        _output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _output.Flush();
    }

    /// <inheritdoc />
    public override void Complete(LintSummary summary) => _output.Flush();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json.Dispose();
        }

        base.Dispose(disposing);
    }
}
