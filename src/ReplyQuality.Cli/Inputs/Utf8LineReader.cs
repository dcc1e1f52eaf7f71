namespace ReplyQuality.Cli.Inputs;

/// <summary>
/// Splits a byte stream into lines without decoding it, so bad bytes spoil only the line they are on (a decoding
/// reader fails for the whole buffer it was filling, losing the lines around them). Reads only what the stream has
/// (a line from a slow pipe is returned as soon as its line break arrives) and holds at most one line: a line longer
/// than the limit is dropped as it streams past and reported as too long, so a stream without line breaks cannot
/// exhaust memory.
/// </summary>
/// <param name="stream">The stream, read from its current position; not disposed.</param>
/// <param name="maxLineBytes">The longest line kept, in bytes.</param>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes)
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _tooLong;

    /// <summary>The 1-based number of the line last returned (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">
    /// The line's bytes without its line break (<c>\n</c> or <c>\r\n</c>), and without a UTF-8 byte order mark on the
    /// first line; valid until the next call. Empty when <paramref name="tooLong"/>.
    /// </param>
    /// <param name="tooLong">Whether the line was longer than the limit and has been skipped.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var stop = _scanned + newline;
                (line, tooLong) = Take(stop);
                _start = _scanned = stop + 1;
                return true;
            }

            _scanned = _end;
            if (_end - _start > maxLineBytes)
            {
                // Too long to be a record: forget what has arrived of it and skip the rest up to its line break.
                _tooLong = true;
                _start = _end = _scanned = 0;
            }
            else if (_start == _end)
            {
                _start = _end = _scanned = 0;
            }
            else if (_end == _buffer.Length)
            {
                if (_start > 0)
                {
                    _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                    _end -= _start;
                    _scanned = _end;
                    _start = 0;
                }
                else
                {
                    Array.Resize(ref _buffer, (int)Math.Min(Math.Min(_buffer.Length * 2L, maxLineBytes + 1L), Array.MaxLength));
                }
            }

            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                if (_end > _start || _tooLong)
                {
                    // The last line, without a line break.
                    (line, tooLong) = Take(_end);
                    _start = _scanned = _end;
                    return true;
                }

                line = ReadOnlyMemory<byte>.Empty;
                tooLong = false;
                return false;
            }

            _end += read;
        }
    }

    private (ReadOnlyMemory<byte> Line, bool TooLong) Take(int stop)
    {
        LineNumber++;
        if (_tooLong)
        {
            _tooLong = false;
            return (ReadOnlyMemory<byte>.Empty, true);
        }

        var start = _start;
        if (stop > start && _buffer[stop - 1] == (byte)'\r')
        {
            stop--;
        }

        if (LineNumber == 1 && _buffer.AsSpan(start, stop - start).StartsWith(ByteOrderMark))
        {
            start += ByteOrderMark.Length;
        }

        return (_buffer.AsMemory(start, stop - start), false);
    }
}
