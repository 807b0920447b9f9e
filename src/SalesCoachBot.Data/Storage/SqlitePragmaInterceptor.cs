using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCoachBot.Data.Storage;

/// <summary>
/// <c>synchronous=NORMAL</c> on every SQLite connection: with the WAL journal (set at migration) a
/// commit no longer waits for the disk to flush; a power cut can lose the last commits but never
/// corrupts the file. <c>busy_timeout</c>: a writer from another process makes SQLite itself wait a
/// little, in short steps, instead of failing at once into the driver's longer sleeps. Both settings
/// belong to the native connection, which the driver pools: they are set once on each, not on every
/// open (EF Core opens and closes the connection around each query).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    internal const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    // The native connections already set up; dropped with them when the pool closes them.
    private readonly ConditionalWeakTable<object, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!FirstOpenOfItsHandle(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!FirstOpenOfItsHandle(connection))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool FirstOpenOfItsHandle(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _prepared.TryAdd(handle, this);
}
