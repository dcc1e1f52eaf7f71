namespace ReplyQuality;

/// <summary>
/// Scores draft replies against the complaint-handling guide and explains every finding. Implementations are
/// thread-safe: one instance serves the whole application.
/// </summary>
public interface IReplyAnalyzer
{
    /// <summary>The rules this analyzer knows, enabled or not.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Analyses one reply.</summary>
    /// <param name="draft">The reply and its context.</param>
    /// <returns>The score, the verdict and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The reply or the customer message is longer than the configured limit, or the language is not supported.</exception>
    ReplyAssessment Analyze(ReplyDraft draft);

    /// <summary>Analyses replies one after the other, lazily, in order.</summary>
    /// <param name="drafts">The replies.</param>
    /// <param name="cancellationToken">Stops the enumeration between two replies.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IEnumerable<ReplyAssessment> AnalyzeMany(IEnumerable<ReplyDraft> drafts, CancellationToken cancellationToken = default);

    /// <summary>Analyses a stream of replies as they arrive, in order.</summary>
    /// <param name="drafts">The replies.</param>
    /// <param name="cancellationToken">Stops the stream between two replies.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<ReplyAssessment> AnalyzeManyAsync(IAsyncEnumerable<ReplyDraft> drafts, CancellationToken cancellationToken = default);
}
