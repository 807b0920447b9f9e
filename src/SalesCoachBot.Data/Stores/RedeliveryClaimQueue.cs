using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Data.Storage;

namespace SalesCoachBot.Data.Stores;

/// <summary>
/// Claims redelivery keys for the whole process in group commits: the turns that claim while one
/// insert is running wait for the next, and that insert writes all of them in one statement
/// (<c>INSERT … ON CONFLICT DO NOTHING RETURNING "Key"</c>). A key is claimed when its row was
/// added by that statement; the table's primary key still decides between instances. With one turn at
/// a time nothing waits (its insert starts at once); under load a write, and on SQLite the reset of
/// every other connection's page cache that each write causes, is shared by all the turns of a batch.
/// </summary>
internal sealed class RedeliveryClaimQueue(IServiceScopeFactory scopes, SqliteWriteGate? writeGate = null)
{
    // Two parameters a row: far under SQLite's 32 766 and PostgreSQL's 65 535 bound parameters.
    internal const int MaxBatch = 256;

    private readonly Lock _lock = new();
    private List<Claim> _pending = [];
    private bool _draining;

    /// <summary>True when this call added the key's row; false when it was there already.</summary>
    public Task<bool> ClaimAsync(string key, long createdAtMs, CancellationToken cancellationToken)
    {
        var claim = new Claim(key, createdAtMs);
        bool start;
        lock (_lock)
        {
            _pending.Add(claim);
            start = !_draining;
            _draining = true;
        }

        if (start)
        {
            // Off the caller's stack: the drain outlives any one turn, and no turn's cancellation stops it.
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return claim.Result.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Claim> batch;
            lock (_lock)
            {
                if (_pending.Count == 0)
                {
                    _draining = false;
                    return;
                }

                if (_pending.Count <= MaxBatch)
                {
                    batch = _pending;
                    _pending = [];
                }
                else
                {
                    batch = _pending.GetRange(0, MaxBatch);
                    _pending.RemoveRange(0, MaxBatch);
                }
            }

            try
            {
                var added = writeGate is null
                    ? await InsertAsync(batch, CancellationToken.None).ConfigureAwait(false)
                    : await writeGate.WriteAsync(token => InsertAsync(batch, token), CancellationToken.None).ConfigureAwait(false);
                Complete(batch, added);
            }
            catch (Exception ex)
            {
                // Every turn of the batch fails as its own insert would have: the channel delivers again.
                foreach (var claim in batch)
                {
                    claim.Result.TrySetException(ex);
                }
            }
        }
    }

    private static void Complete(List<Claim> batch, HashSet<string> added)
    {
        foreach (var claim in batch)
        {
            // A key twice in one batch (two deliveries at once) was added once: only its first claim has it.
            claim.Result.TrySetResult(added.Remove(claim.Key));
        }
    }

    private async Task<HashSet<string>> InsertAsync(List<Claim> batch, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    Prepare(command, batch);
                    var added = new HashSet<string>(batch.Count, StringComparer.Ordinal);
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            added.Add(reader.GetString(0));
                        }
                    }

                    return added;
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }

    private static void Prepare(DbCommand command, List<Claim> batch)
    {
        var sql = new System.Text.StringBuilder("""INSERT INTO "RedeliveryRecords" ("Key", "CreatedAtMs") VALUES """, 64 + (batch.Count * 16));
        for (var i = 0; i < batch.Count; i++)
        {
            sql.Append(i == 0 ? "(" : ", (").Append("@k").Append(i).Append(", @t").Append(i).Append(')');
            Add(command, "@k" + i, batch[i].Key);
            Add(command, "@t" + i, batch[i].CreatedAtMs);
        }

        sql.Append(""" ON CONFLICT ("Key") DO NOTHING RETURNING "Key" """);
        command.CommandText = sql.ToString();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed class Claim(string key, long createdAtMs)
    {
        public string Key { get; } = key;

        public long CreatedAtMs { get; } = createdAtMs;

        public TaskCompletionSource<bool> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
