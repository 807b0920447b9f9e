namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// What the nudge remembers: when each open gap was first seen, and the managers' snoozes and
/// reviews. Writes are staged and committed by the scope's <see cref="SalesCoachBot.Dialogs.State.IUnitOfWork"/>.
/// </summary>
public interface INudgeStore
{
    Task<IReadOnlyList<GapSighting>> ListGapSightingsAsync(IReadOnlyCollection<Guid> dealIds, CancellationToken cancellationToken);

    /// <summary>Stages newly seen gaps and forgets the ones that closed.</summary>
    Task StageGapSightingsAsync(IReadOnlyCollection<GapSighting> added, IReadOnlyCollection<GapSighting> closed, CancellationToken cancellationToken);

    Task<IReadOnlyList<DealReview>> ListReviewsAsync(string managerId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the manager's review of the deal (staged).</summary>
    Task StageReviewAsync(DealReview review, CancellationToken cancellationToken);
}
