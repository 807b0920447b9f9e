using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Dialogs.Tests.Harness;

/// <summary>
/// A state store and unit of work that keep rows as the database does: JSON text, a schema version
/// and a concurrency token; writes are staged and committed only by <see cref="SaveChangesAsync"/>.
/// Shared by the turns of a test (each turn stages, then commits).
/// </summary>
internal sealed class InMemoryDialogStateStore : IDialogStateStore, IUnitOfWork
{
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly AsyncLocal<Staged?> _staged = new();

    public int Commits { get; private set; }

    public Task<DialogStateLoad> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.TryGetValue(conversationKey, out var row)
                ? new DialogStateLoad(DialogStateSerializer.Deserialize(row.Json, row.SchemaVersion), row.Token)
                : new DialogStateLoad(new DialogState(), null));
        }
    }

    public Task SaveAsync(string conversationKey, DialogState state, string? expectedToken, CancellationToken cancellationToken)
    {
        _staged.Value = new Staged(conversationKey, DialogStateSerializer.Serialize(state), state.SchemaVersion, expectedToken);
        return Task.CompletedTask;
    }

    public Task<UnitOfWorkOutcome> SaveChangesAsync(CancellationToken cancellationToken)
    {
        var staged = _staged.Value;
        _staged.Value = null;
        if (staged is null)
        {
            return Task.FromResult(UnitOfWorkOutcome.Committed);
        }

        lock (_rows)
        {
            var current = _rows.GetValueOrDefault(staged.Key)?.Token;
            if (current != staged.ExpectedToken)
            {
                return Task.FromResult(UnitOfWorkOutcome.Conflict);
            }

            _rows[staged.Key] = new Row(staged.Json, staged.SchemaVersion, Guid.NewGuid().ToString("N"));
            Commits++;
            return Task.FromResult(UnitOfWorkOutcome.Committed);
        }
    }

    public void Discard() => _staged.Value = null;

    /// <summary>Memory has no connection to hold.</summary>
    public Task<IAsyncDisposable> HoldConnectionAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(NoConnection.Instance);

    private sealed class NoConnection : IAsyncDisposable
    {
        public static readonly NoConnection Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>The stored JSON of a conversation.</summary>
    public string? Json(string key)
    {
        lock (_rows)
        {
            return _rows.GetValueOrDefault(key)?.Json;
        }
    }

    /// <summary>Writes a row as another build or another instance would have.</summary>
    public void Put(string key, string json, int schemaVersion)
    {
        lock (_rows)
        {
            _rows[key] = new Row(json, schemaVersion, Guid.NewGuid().ToString("N"));
        }
    }

    private sealed record Row(string Json, int SchemaVersion, string Token);

    private sealed record Staged(string Key, string Json, int SchemaVersion, string? ExpectedToken);
}
