namespace SalesCoachBot.Data.Entities;

/// <summary>A conversation's dialog stack.</summary>
internal sealed class DialogStateEntity
{
    public required string ConversationKey { get; set; }

    public required string Json { get; set; }

    public int SchemaVersion { get; set; }

    /// <summary>Changed on every write; an update expecting another value is a concurrency conflict.</summary>
    public Guid Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
