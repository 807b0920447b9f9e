using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>
/// What erasure and retention need beyond the deal store: deleting a deal with everything keyed by
/// it, finding text left in conversations and queued messages, and the privacy audit. Writes are
/// staged and committed by the caller's <see cref="SalesCoachBot.Dialogs.State.IUnitOfWork"/>.
/// </summary>
public interface IPrivacyStore
{
    /// <summary>A page of every owner's deals, in id order.</summary>
    Task<IReadOnlyList<DealRecord>> ListDealsAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>Stages deleting the deal, its gap sightings, the managers' reviews of it and every rep's pointer to it as the current deal.</summary>
    Task StageDealDeletionAsync(Guid dealId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> closed deals closed before <paramref name="cutoff"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> ListClosedBeforeAsync(DateTimeOffset cutoff, int take, CancellationToken cancellationToken);

    /// <summary>How many dialogs in progress and queued proactive messages contain any of <paramref name="texts"/>.</summary>
    Task<int> CountMentionsAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken);

    /// <summary>Stages deleting the dialogs in progress and the proactive messages (sent or not) that contain any of <paramref name="texts"/>; returns how many.</summary>
    Task<int> StageMentionDeletionAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken);

    /// <summary>
    /// Stages forgetting the stored answers to card presses (kept so a redelivered press gets the same
    /// answer) that contain any of <paramref name="texts"/>; returns how many.
    /// </summary>
    Task<int> StageAnswerScrubAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken);

    Task StageAuditAsync(PrivacyAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The audit, oldest first.</summary>
    Task<IReadOnlyList<PrivacyAuditEntry>> ListAuditAsync(CancellationToken cancellationToken);
}
