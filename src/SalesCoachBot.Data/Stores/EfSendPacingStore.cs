using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data.Storage;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// The shared send budget as one row per key, moved forward by a single upsert that returns the
/// reservation: concurrent reservations (any instance) are serialized on the row. Runs at once, outside the turn's unit of work;
/// on SQLite in this process's write queue, so parallel sends never sleep on the file's lock.
/// </summary>
internal sealed class EfSendPacingStore(SalesCoachDbContext db, SqliteWriteGate? writeGate = null) : ISendPacingStore
{
    public async Task<DateTimeOffset> ReserveAsync(string key, DateTimeOffset notBefore, TimeSpan interval, int burst, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var at = ToMicroseconds(notBefore);
        var step = Math.Max(1L, interval.Ticks / 10);

        // The row holds the theoretical arrival time (TAT): it moves to max(TAT, notBefore) + interval,
        // and the start is notBefore, or TAT less the burst's tolerance when that is later.
        var tolerance = step * (Math.Max(1, burst) - 1);
        var next = db.Database.IsNpgsql()
            ? db.Database.SqlQuery<long>($"""
                INSERT INTO "SendPacing" ("Key", "NextStartUs") VALUES ({key}, {at + step})
                ON CONFLICT ("Key") DO UPDATE SET "NextStartUs" = GREATEST({at}, "SendPacing"."NextStartUs") + {step}
                RETURNING "NextStartUs" AS "Value"
                """)
            : db.Database.SqlQuery<long>($"""
                INSERT INTO "SendPacing" ("Key", "NextStartUs") VALUES ({key}, {at + step})
                ON CONFLICT ("Key") DO UPDATE SET "NextStartUs" = max({at}, "SendPacing"."NextStartUs") + {step}
                RETURNING "NextStartUs" AS "Value"
                """);
        // Read whole, not composed: a LIMIT around an INSERT … RETURNING is not SQL.
        var rows = writeGate is null
            ? await next.ToListAsync(cancellationToken).ConfigureAwait(false)
            : await writeGate.WriteAsync(next.ToListAsync, cancellationToken).ConfigureAwait(false);
        var end = rows.Single();
        return DateTimeOffset.UnixEpoch.AddTicks(Math.Max(at, end - step - tolerance) * 10);
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var cutoff = ToMicroseconds(before);
        return db.SendPacing.Where(p => p.NextStartUs < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private static long ToMicroseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
