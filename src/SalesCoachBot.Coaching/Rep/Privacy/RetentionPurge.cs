using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>
/// Deletes the deals closed more than <see cref="PrivacyOptions.ClosedDealRetentionDays"/> ago, with
/// their people and everything keyed by them, in batches, each batch committed with its audit entry.
/// The log line says how many, never which.
/// </summary>
public sealed partial class RetentionPurge(
    IPrivacyStore store,
    IUnitOfWork unitOfWork,
    IOptions<PrivacyOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionPurge> logger)
{
    /// <summary>Purges every due deal; returns how many were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var cutoff = now.AddDays(-settings.ClosedDealRetentionDays);
        var purged = 0;
        while (true)
        {
            var due = await store.ListClosedBeforeAsync(cutoff, settings.PurgeBatchSize, cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var dealId in due)
            {
                await store.StageDealDeletionAsync(dealId, cancellationToken).ConfigureAwait(false);
            }

            await store.StageAuditAsync(new PrivacyAuditEntry(now, PrivacyAuditEntry.RetentionOperator, PrivacyAuditEntry.PurgeAction, due.Count), cancellationToken).ConfigureAwait(false);
            if (await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false) != UnitOfWorkOutcome.Committed)
            {
                // A rep changed one of them meanwhile: the next run tries again.
                LogConflict(purged);
                return purged;
            }

            purged += due.Count;
            if (due.Count < settings.PurgeBatchSize)
            {
                break;
            }
        }

        LogPurged(purged, settings.ClosedDealRetentionDays);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Count} closed deals older than {Days} days deleted")]
    private partial void LogPurged(int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge stopped after {Count} deals: a batch conflicted with a concurrent change and is retried on the next run")]
    private partial void LogConflict(int count);
}
