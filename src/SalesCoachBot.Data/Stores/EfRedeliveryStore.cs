using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Data.Storage;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// The redelivery record in the RedeliveryRecords table. A claim is an insert committed at once, outside
/// the turn's change tracker (<c>ON CONFLICT DO NOTHING</c>, grouped with the claims of concurrent turns
/// by <see cref="RedeliveryClaimQueue"/>), so the table's primary key decides between two instances
/// receiving the same activity: exactly one insert adds the row. The turn's invoke answer rides on the turn's own commit (the
/// context's <c>SavingChanges</c>), so a turn whose answer is known by then writes nothing extra.
/// Rows older than <see cref="StorageOptions.RedeliveryRetention"/> are purged, at most once per
/// <see cref="RedeliveryPurgeSchedule.Interval"/> per instance.
/// </summary>
internal sealed partial class EfRedeliveryStore(
    SalesCoachDbContext db,
    TimeProvider timeProvider,
    RedeliveryPurgeSchedule purgeSchedule,
    IOptions<StorageOptions> options,
    RedeliveryClaimQueue claims,
    ILogger<EfRedeliveryStore> logger) : IRedeliveryStore, IDisposable
{
    private RedeliveryRecordEntity? _claimed;
    private TurnContext? _turn;
    private string? _committedAnswer;

    public async Task<bool> TryClaimAsync(string key, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(turn);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        if (purgeSchedule.TryStart(now))
        {
            await PurgeAsync(now, cancellationToken).ConfigureAwait(false);
        }

        // A failing database throws here: the caller answers with an error, so the channel delivers
        // the activity again rather than it being taken for a redelivery.
        if (!await claims.ClaimAsync(key, now, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        // Tracked as stored, so an invoke's answer rides on the turn's own commit as an update.
        var record = new RedeliveryRecordEntity { Key = key, CreatedAtMs = now };
        db.RedeliveryRecords.Attach(record);
        _claimed = record;
        _turn = turn;
        db.SavingChanges += OnSavingChanges;
        db.SavedChanges += OnSavedChanges;
        return true;
    }

    public async Task CompleteAsync(string key, InvokeResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var json = Serialize(response);
        if (json == _committedAnswer)
        {
            return;
        }

        await db.RedeliveryRecords.Where(r => r.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.InvokeResponse, json), cancellationToken).ConfigureAwait(false);
        _committedAnswer = json;
    }

    public async Task<InvokeResponse?> FindAnswerAsync(string key, CancellationToken cancellationToken)
    {
        var json = await db.RedeliveryRecords.AsNoTracking().Where(r => r.Key == key).Select(r => r.InvokeResponse)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<InvokeResponse>(json, ProtocolJson.Options);
    }

    public void Dispose()
    {
        db.SavingChanges -= OnSavingChanges;
        db.SavedChanges -= OnSavedChanges;
    }

    private static string Serialize(InvokeResponse response) => JsonSerializer.Serialize(response, ProtocolJson.Options);

    private void OnSavingChanges(object? sender, SavingChangesEventArgs e)
    {
        // A failed commit clears the tracker: the record is then detached and left as it is.
        if (_claimed is null || _turn is not { Activity.Type: ActivityTypes.Invoke, InvokeResponse: { } response }
            || db.Entry(_claimed).State == EntityState.Detached)
        {
            return;
        }

        var json = Serialize(_turn.KeepsNoAnswer ? new InvokeResponse { StatusCode = 200 } : response);
        if (json != _claimed.InvokeResponse)
        {
            _claimed.InvokeResponse = json;
        }
    }

    private void OnSavedChanges(object? sender, SavedChangesEventArgs e)
    {
        if (_claimed is not null && db.Entry(_claimed).State != EntityState.Detached)
        {
            _committedAnswer = _claimed.InvokeResponse;
        }
    }

    private async Task PurgeAsync(long nowMs, CancellationToken cancellationToken)
    {
        var cutoff = nowMs - (long)options.Value.RedeliveryRetention.TotalMilliseconds;
        var purged = await db.RedeliveryRecords.Where(r => r.CreatedAtMs < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (purged > 0)
        {
            LogPurged(purged);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} redelivery record(s) past their retention")]
    private partial void LogPurged(int count);
}
