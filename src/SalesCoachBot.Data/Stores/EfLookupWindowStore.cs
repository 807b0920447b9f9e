using Microsoft.EntityFrameworkCore;
using SalesCoachBot.Coaching.Manager.Link;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// Look-up windows as one row per key, counted by a single upsert that returns the count: concurrent
/// look-ups (any instance) are serialized on the row. Runs at once, outside the turn's unit of work.
/// The same statement on SQLite and PostgreSQL: both evaluate <c>SET</c> against the row as it was.
/// </summary>
internal sealed class EfLookupWindowStore(SalesCoachDbContext db) : ILookupWindowStore
{
    public async Task<int> CountAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var at = ToMicroseconds(now);
        var length = window.Ticks / 10;
        var counted = db.Database.SqlQuery<int>($"""
            INSERT INTO "LookupWindows" ("Key", "WindowStartUs", "Count") VALUES ({key}, {at}, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN {at} - "LookupWindows"."WindowStartUs" >= {length} THEN 1 ELSE "LookupWindows"."Count" + 1 END,
                "WindowStartUs" = CASE WHEN {at} - "LookupWindows"."WindowStartUs" >= {length} THEN {at} ELSE "LookupWindows"."WindowStartUs" END
            RETURNING "Count" AS "Value"
            """);
        return (await counted.ToListAsync(cancellationToken).ConfigureAwait(false)).Single();
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var cutoff = ToMicroseconds(before);
        return db.LookupWindows.Where(w => w.WindowStartUs < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private static long ToMicroseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
