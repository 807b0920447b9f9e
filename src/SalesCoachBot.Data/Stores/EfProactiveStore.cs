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
        // One statement claims the whole batch, at once and atomically: PostgreSQL locks the rows it
        // picks and skips those another instance is claiming (FOR UPDATE SKIP LOCKED); SQLite runs
        // the statement under its single writer lock. A killed instance's rows come back when their
        // lease runs out.
        var nowMs = now.ToUnixTimeMilliseconds();
        var leaseUntil = (now + lease).ToUnixTimeMilliseconds();
        var token = Guid.NewGuid();
        var sending = nameof(OutboxState.Sending);
        var pending = nameof(OutboxState.Pending);
        var throttled = nameof(OutboxState.Throttled);
        var claimed = db.Database.IsNpgsql()
            ? db.Outbox.FromSql($"""
                UPDATE "Outbox" SET "State" = {sending}, "LeaseUntilMs" = {leaseUntil}, "LeaseToken" = {token}
                WHERE "Id" IN (
                    SELECT "Id" FROM "Outbox"
                    WHERE ("State" IN ({pending}, {throttled}) AND "NextAttemptAtMs" <= {nowMs})
                       OR ("State" = {sending} AND "LeaseUntilMs" <= {nowMs})
                    ORDER BY "Id" LIMIT {max}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            : db.Outbox.FromSql($"""
                UPDATE "Outbox" SET "State" = {sending}, "LeaseUntilMs" = {leaseUntil}, "LeaseToken" = {token}
                WHERE "Id" IN (
                    SELECT "Id" FROM "Outbox"
                    WHERE ("State" IN ({pending}, {throttled}) AND "NextAttemptAtMs" <= {nowMs})
                       OR ("State" = {sending} AND "LeaseUntilMs" <= {nowMs})
                    ORDER BY "Id" LIMIT {max})
                RETURNING *
                """);
        var rows = await claimed.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Id).Select(ToMessage)];
    }

    public async Task<bool> StageResultAsync(OutboxMessage message, DeliveryResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(result);
        var entry = await db.Outbox.Include(o => o.LedgerEntry).FirstAsync(o => o.Id == message.Id, cancellationToken).ConfigureAwait(false);
        if (entry.LeaseToken != message.LeaseToken)
        {
            return false;
        }

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

        return true;
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
        LeaseToken = entry.LeaseToken,
        LeaseUntil = DateTimeOffset.FromUnixTimeMilliseconds(entry.LeaseUntilMs),
    };
}
