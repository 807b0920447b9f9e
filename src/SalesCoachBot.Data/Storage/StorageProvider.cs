namespace SalesCoachBot.Data.Storage;

/// <summary>The database behind the bot.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file: zero set-up, one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: one database shared by several instances.</summary>
    Postgres,
}
