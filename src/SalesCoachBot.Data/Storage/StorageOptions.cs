using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Data.Storage;

/// <summary>Where the data lives (configuration section <c>Storage</c>; the connection string is <c>ConnectionStrings:SalesCoach</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string ConnectionStringName = "SalesCoach";

    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The folder of the default SQLite file; <c>{ContentRoot}/data</c> when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// How long an activity id is remembered to recognise a redelivery; Teams redelivers within
    /// seconds to a minute or so. Older records are purged.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RedeliveryRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Apply pending migrations when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
