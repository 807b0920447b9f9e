using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SalesCoachBot.TestSupport.Databases;

/// <summary>
/// The database a test's bot runs on. SQLite files by default; with
/// <c>SALESCOACH_TEST_PROVIDER=Postgres</c> and <c>SALESCOACH_TEST_POSTGRES</c> (a server connection
/// string, see scripts/postgres.sh) every logical database is a PostgreSQL database of its own on
/// that server, so the same tests run over both providers. A logical database is named by a path:
/// two hosts given the same path share one database, as two processes share one file.
/// </summary>
public static class TestDatabase
{
    private const string ProviderVariable = "SALESCOACH_TEST_PROVIDER";
    private const string ServerVariable = "SALESCOACH_TEST_POSTGRES";

    /// <summary>True when this run's tests go to PostgreSQL.</summary>
    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Sqlite" or "Postgres": the value for <c>Storage:Provider</c>.</summary>
    public static string ProviderName => IsPostgres ? "Postgres" : "Sqlite";

    /// <summary>
    /// The settings that point the bot at the logical database <paramref name="path"/> (the SQLite
    /// file, or the PostgreSQL database derived from it).
    /// </summary>
    public static Dictionary<string, string?> Settings(string path) => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = ProviderName,
        ["ConnectionStrings:SalesCoach"] = ConnectionString(path),
    };

    /// <summary>The connection string of the logical database <paramref name="path"/>.</summary>
    public static string ConnectionString(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!IsPostgres)
        {
            return $"Data Source={path}";
        }

        return new NpgsqlConnectionStringBuilder(Server()) { Database = DatabaseName(path) }.ConnectionString;
    }

    /// <summary>An unopened ADO.NET connection to the logical database <paramref name="path"/>, for a test's own reads.</summary>
    public static System.Data.Common.DbConnection Connect(string path) => IsPostgres
        ? new NpgsqlConnection(ConnectionString(path))
        : new SqliteConnection(ConnectionString(path));

    /// <summary>The single number <paramref name="sql"/> (written for both providers) returns from the logical database <paramref name="path"/>.</summary>
    public static async Task<long> CountAsync(string path, string sql)
    {
        await using var connection = Connect(path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Removes the logical database <paramref name="path"/>: the file and its journals, or the PostgreSQL database.</summary>
    public static void Delete(string path)
    {
        if (!IsPostgres)
        {
            // Pooled connections keep the file open.
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                if (File.Exists(path + suffix))
                {
                    File.Delete(path + suffix);
                }
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName(path)}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    /// <summary>Every database under a folder (the SQLite default <c>{root}/data/salescoach.db</c>) for a content root.</summary>
    public static string DefaultPath(string contentRoot) => Path.Combine(contentRoot, "data", "salescoach.db");

    private static string Server() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {ServerVariable}: run `eval \"$(bash scripts/postgres.sh)\"` first.");

    // PostgreSQL names are at most 63 bytes: a hash of the full path keeps them unique and short.
    private static string DatabaseName(string path) =>
        "sc_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..24];
}
