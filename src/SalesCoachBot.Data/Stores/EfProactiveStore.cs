using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data.Entities.Proactive;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Data.Stores;

internal sealed class EfProactiveStore(SalesCoachDbContext db, TimeProvider timeProvider) : IProactiveStore
{
    public async Task<IReadOnlySet<ProactiveClaim>> ListClaimsAsync(string kind, DateOnly firstDate, DateOnly lastDate, CancellationToken cancellationToken)
    {
        var rows = await db.ProactiveLedger.AsNoTracking()
            .Where(l => l.Kind == kind && l.LocalDate >= firstDate && l.LocalDate <= lastDate)
            .Select(l => new { l.RecipientUserId, l.LocalDate })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ProactiveClaim(r.RecipientUserId, kind, r.LocalDate)).ToHashSet();
    }

    public Task StageClaimAsync(ProactiveClaim claim, OutboxDraft? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = timeProvider.GetUtcNow();
        var entry = new ProactiveLedgerEntry
        {
            RecipientUserId = claim.RecipientUserId,
            Kind = claim.Kind,
            LocalDate = claim.LocalDate,
            State = message is null ? ProactiveLedgerState.NothingToSend : ProactiveLedgerState.Queued,
            ClaimedAt = now,
            UpdatedAt = now,
        };
        db.ProactiveLedger.Add(entry);
        if (message is not null)
        {
            var outbox = ToEntry(message, now);
            outbox.LedgerEntry = entry;
            db.Outbox.Add(outbox);
        }

        return Task.CompletedTask;
    }

    public Task StageEnqueueAsync(OutboxDraft message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        db.Outbox.Add(ToEntry(message, timeProvider.GetUtcNow()));
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<OutboxMessage>> LeaseDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var candidates = await db.Outbox.AsNoTracking()
            .Where(o => ((o.State == OutboxState.Pending || o.State == OutboxState.Throttled) && o.NextAttemptAtMs <= nowMs)
                || (o.State == OutboxState.Sending && o.LeaseUntilMs <= nowMs))
            .OrderBy(o => o.Id)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var leaseUntil = (now + lease).ToUnixTimeMilliseconds();
        var leased = new List<OutboxMessage>(candidates.Count);
        foreach (var candidate in candidates)
        {
            // A conditional update, at once: only one worker sees its token still in place.
            var token = Guid.NewGuid();
            var previous = candidate.LeaseToken;
            var updated = await db.Outbox
                .Where(o => o.Id == candidate.Id && o.LeaseToken == previous)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.State, OutboxState.Sending)
                    .SetProperty(o => o.LeaseUntilMs, leaseUntil)
                    .SetProperty(o => o.LeaseToken, token), cancellationToken).ConfigureAwait(false);
            if (updated == 1)
            {
                leased.Add(ToMessage(candidate));
            }
        }

        return leased;
    }

    public async Task StageResultAsync(long outboxId, DeliveryResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var entry = await db.Outbox.Include(o => o.LedgerEntry).FirstAsync(o => o.Id == outboxId, cancellationToken).ConfigureAwait(false);
        entry.State = result.State;
        entry.Attempts++;
        entry.LastError = result.Error is { Length: > 1024 } truncated ? truncated[..1024] : result.Error;
        entry.CreatedConversationId = result.CreatedConversationId ?? entry.CreatedConversationId;
        entry.NextAttemptAtMs = (result.RetryAt ?? result.At).ToUnixTimeMilliseconds();
        entry.LeaseUntilMs = 0;
        entry.LeaseToken = Guid.NewGuid();
        if (result.State == OutboxState.Sent)
        {
            entry.SentAt = result.At;
        }

        if (entry.LedgerEntry is { } ledger)
        {
            ledger.Attempts = entry.Attempts;
            ledger.UpdatedAt = result.At;
            ledger.State = result.State switch
            {
                OutboxState.Sent => ProactiveLedgerState.Sent,
                OutboxState.Failed => ProactiveLedgerState.Failed,
                _ => ProactiveLedgerState.Queued,
            };
        }
    }

    private static OutboxEntry ToEntry(OutboxDraft message, DateTimeOffset now) => new()
    {
        Kind = message.Kind,
        RecipientUserId = message.RecipientUserId,
        ActivityJson = JsonSerializer.Serialize(message.Activity, ProtocolJson.Options),
        FallbackServiceUrl = message.Fallback?.ServiceUrl,
        FallbackTenantId = message.Fallback?.TenantId,
        FallbackUserId = message.Fallback?.UserId,
        FallbackBotId = message.Fallback?.BotId,
        State = OutboxState.Pending,
        NextAttemptAtMs = now.ToUnixTimeMilliseconds(),
        LeaseToken = Guid.NewGuid(),
        CreatedAt = now,
    };

    private static OutboxMessage ToMessage(OutboxEntry entry) => new(
        entry.Id,
        entry.Kind,
        entry.RecipientUserId,
        JsonSerializer.Deserialize<Activity>(entry.ActivityJson, ProtocolJson.Options) ?? new Activity(),
        entry.Attempts)
    {
        Fallback = entry is { FallbackServiceUrl: { } url, FallbackTenantId: { } tenant, FallbackUserId: { } user }
            ? new ProactiveTarget(url, tenant, user) { BotId = entry.FallbackBotId }
            : null,
        CreatedConversationId = entry.CreatedConversationId,
    };
}
