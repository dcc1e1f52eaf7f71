namespace ReplyQuality.Cli.Tests;

/// <summary>
/// One <c>reply-lint check mixed --format json</c> run over a copy of Fixtures/mixed, shared by the tests that only
/// read its report. The fixture holds 18 records: es-courier.txt 1, en-good.md 1, replies.json 3, replies.jsonl 4
/// (one malformed), replies.csv 3, replies.tsv 2, replies.yaml 2, Strings.resx 2.
/// </summary>
public sealed class MixedJsonRun : IDisposable
{
    /// <summary>Records in the mixed fixture, the malformed JSONL line included.</summary>
    public const int Records = 18;

    private readonly Lazy<JsonReport> _report;

    public MixedJsonRun()
    {
        Workspace = TempWorkspace.WithFixture("mixed");
        Run = Workspace.Run("check", "mixed", "--format", "json", "--no-progress");
        _report = new Lazy<JsonReport>(() => JsonReport.Parse(Run));
    }

    internal TempWorkspace Workspace { get; }

    internal RunResult Run { get; }

    internal JsonReport Report => _report.Value;

    public void Dispose()
    {
        Workspace.Dispose();
        GC.SuppressFinalize(this);
    }
}
