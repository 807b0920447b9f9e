namespace SalesCoachBot.Data.Storage;

/// <summary>The database behind the bot. PostgreSQL comes with the multi-instance wave.</summary>
public enum StorageProvider
{
    Sqlite,
}
