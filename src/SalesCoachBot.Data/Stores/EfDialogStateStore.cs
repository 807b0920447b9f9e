using SalesCoachBot.Data.Entities;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// Dialog stacks in the DialogStates table. The row's <see cref="DialogStateEntity.Version"/> is the
/// concurrency token: the staged update only succeeds if the row still has the version loaded.
/// A turn that leaves the stack as it found it writes nothing.
/// </summary>
internal sealed class EfDialogStateStore(SalesCoachDbContext db, TimeProvider timeProvider) : IDialogStateStore
{
    public async Task<DialogStateLoad> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var row = await db.FindDialogStateAsync(conversationKey, cancellationToken).ConfigureAwait(false);
        return row is null
            ? new DialogStateLoad(new DialogState(), null)
            : new DialogStateLoad(DialogStateSerializer.Deserialize(row.Json, row.SchemaVersion), row.Version.ToString("N"));
    }

    public Task SaveAsync(string conversationKey, DialogState state, string? expectedToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var row = TurnQueries.TrackedAll(db, db.DialogStates).Find(s => s.ConversationKey == conversationKey);
        var json = DialogStateSerializer.Serialize(state);
        if (expectedToken is null ? row is null && state.Stack.Count == 0
            : row is not null && row.Json == json && row.SchemaVersion == state.SchemaVersion && row.Version.ToString("N") == expectedToken
                && !db.ChangeTracker.HasChanges())
        {
            // Nothing to write: no dialog before or after the turn, or the stack as it was loaded and
            // no other write staged (one would still need the version check against a racing turn).
            return Task.CompletedTask;
        }

        if (expectedToken is null)
        {
            // Nothing was stored when the turn began; if another instance inserted meanwhile, the
            // insert fails on the key and the commit reports it.
            if (row is null)
            {
                row = new DialogStateEntity { ConversationKey = conversationKey, Json = string.Empty };
                db.DialogStates.Add(row);
            }
        }
        else
        {
            var expected = Guid.ParseExact(expectedToken, "N");
            if (row is null)
            {
                row = new DialogStateEntity { ConversationKey = conversationKey, Json = string.Empty, Version = expected };
                db.DialogStates.Attach(row);
            }

            db.Entry(row).Property(s => s.Version).OriginalValue = expected;
        }

        row.Json = json;
        row.SchemaVersion = state.SchemaVersion;
        row.Version = Guid.NewGuid();
        row.UpdatedAt = timeProvider.GetUtcNow();
        return Task.CompletedTask;
    }
}
