namespace ReplyQuality.Cli.Inputs;

/// <summary>
/// The columns of a Freshdesk canned-response CSV export: a title (<c>Title</c> or <c>Name</c>) and a body —
/// <c>Content HTML</c> (HTML, preferred when not empty) and/or <c>Content</c> (plain text) — plus an optional <c>ID</c>.
/// Names are matched ignoring case, spaces, underscores and punctuation (<c>content_html</c>, <c>Content (HTML)</c>).
/// </summary>
internal sealed class FreshdeskColumns
{
    private static readonly string[] TitleNames = ["title", "name", "cannedresponsetitle", "responsetitle", "cannedresponse"];
    private static readonly string[] ContentNames = ["content", "contenttext", "plaincontent", "body", "bodytext", "message", "response", "responsetext", "text"];
    private static readonly string[] HtmlNames = ["contenthtml", "htmlcontent", "bodyhtml", "html", "responsehtml", "messagehtml"];
    private static readonly string[] IdNames = ["id", "responseid", "cannedresponseid"];

    private readonly Dictionary<string, int> _columns;
    private readonly int _title;
    private readonly int _content;
    private readonly int _html;
    private readonly int _id;

    private FreshdeskColumns(Dictionary<string, int> columns)
    {
        _columns = columns;
        _title = Column(TitleNames);
        _content = Column(ContentNames);
        _html = Column(HtmlNames);
        _id = Column(IdNames);
    }

    /// <summary>
    /// The Freshdesk columns of <paramref name="header"/>: when forced (<c>--input-format freshdesk</c>) any header
    /// with a body column; when sniffing, only a header without a <c>text</c> column that has a title and a body.
    /// </summary>
    public static FreshdeskColumns? Find(string[] header, InputFormat format, bool hasTextColumn)
    {
        if (format is not (InputFormat.Auto or InputFormat.Freshdesk) || (format == InputFormat.Auto && hasTextColumn))
        {
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(Normalize(header[i]), i);
        }

        var found = new FreshdeskColumns(columns);
        var hasBody = found._content >= 0 || found._html >= 0;
        return hasBody && (format == InputFormat.Freshdesk || found._title >= 0) ? found : null;
    }

    /// <summary>Reads a row's record fields (<c>id</c>, <c>text</c>, <c>format</c>, and the usual optional ones) from its cells.</summary>
    public Func<string, string?> Adapt(Func<int, string?> cell) => name =>
    {
        switch (name)
        {
            case "text":
                return NonEmpty(cell(_html)) ?? NonEmpty(cell(_content));
            case "format":
                return NonEmpty(cell(_html)) is not null ? "html" : "text";
            case "id":
                return NonEmpty(cell(_id)) is { } id ? "freshdesk:" + id.Trim()
                    : NonEmpty(cell(_title)) is { } title ? title.Trim() : null;
            default:
                return _columns.TryGetValue(Normalize(name), out var i) ? cell(i) : null;
        }
    };

    private int Column(string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var i))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Normalize(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
