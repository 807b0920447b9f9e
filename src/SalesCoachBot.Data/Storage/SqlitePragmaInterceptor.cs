using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesCoachBot.Data.Storage;

/// <summary>
/// <c>synchronous=NORMAL</c> on every SQLite connection: with the WAL journal (set at migration) a
/// commit no longer waits for the disk to flush; a power cut can lose the last commits but never
/// corrupts the file. The setting belongs to the connection, so it is set whenever one is opened.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
