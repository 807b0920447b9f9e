using Microsoft.Extensions.Logging;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// Runs a daily job: every recipient whose local time is at or past their send time, on one of the
/// days the job gives, and whose (kind, local date) nobody has claimed, gets the job's
/// message claimed and enqueued in one commit. A window missed while the bot was down is thus
/// sent late the same day; the ledger's unique key keeps it to once, across restarts and instances.
/// </summary>
public sealed partial class ProactiveScheduler(
    IProactiveStore store,
    IUnitOfWork unitOfWork,
    ProactiveDeliverySignal signal,
    TimeProvider timeProvider,
    ILogger<ProactiveScheduler> logger)
{
    /// <summary>Claims and enqueues what is due now; returns the number of messages enqueued.</summary>
    public async Task<int> RunAsync(IProactiveJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var now = timeProvider.GetUtcNow();
        var recipients = await job.ListRecipientsAsync(cancellationToken).ConfigureAwait(false);
        if (recipients.Count == 0)
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var claims = await store.ListClaimsAsync(job.Kind, today.AddDays(-1), today.AddDays(1), cancellationToken).ConfigureAwait(false);
        var enqueued = 0;
        foreach (var recipient in recipients)
        {
            var localDate = DueDate(recipient, now);
            if (localDate is not { } date || claims.Contains(new ProactiveClaim(recipient.UserId, job.Kind, date)))
            {
                continue;
            }

            var activity = await job.BuildAsync(recipient.UserId, date, cancellationToken).ConfigureAwait(false);
            var claim = new ProactiveClaim(recipient.UserId, job.Kind, date);
            await store.StageClaimAsync(claim, activity is null ? null : new OutboxDraft(job.Kind, recipient.UserId, activity), cancellationToken).ConfigureAwait(false);
            var outcome = await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (outcome == UnitOfWorkOutcome.Committed)
            {
                enqueued += activity is null ? 0 : 1;
            }
            else
            {
                // Another instance claimed it first (or the database refused): either way not ours to send.
                LogNotClaimed(job.Kind, recipient.UserId, date, outcome);
            }
        }

        if (enqueued > 0)
        {
            signal.Wake();
        }

        return enqueued;
    }

    /// <summary>The recipient's local date when they are due at <paramref name="now"/>, else null.</summary>
    internal static DateOnly? DueDate(ProactiveRecipient recipient, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, recipient.TimeZone);
        if (recipient.Days is { } days && !days.Contains(local.DayOfWeek))
        {
            return null;
        }

        return TimeOnly.FromTimeSpan(local.TimeOfDay) >= recipient.SendAt ? DateOnly.FromDateTime(local.DateTime) : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} for {UserId} on {LocalDate} not claimed here: {Outcome}")]
    private partial void LogNotClaimed(string kind, string userId, DateOnly localDate, UnitOfWorkOutcome outcome);
}
