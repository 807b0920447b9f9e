namespace SalesCoachBot.Data.Entities;

/// <summary>
/// One activity taken on: its key (channel|conversation|activity id), when, and for an invoke the
/// answer it got. Times in Unix milliseconds, as SQLite cannot compare DateTimeOffset in a query.
/// </summary>
internal sealed class RedeliveryRecordEntity
{
    public required string Key { get; set; }

    public long CreatedAtMs { get; set; }

    /// <summary>The invoke response as its JSON body (<c>{statusCode, type, value}</c>); null until the turn answered.</summary>
    public string? InvokeResponse { get; set; }
}
