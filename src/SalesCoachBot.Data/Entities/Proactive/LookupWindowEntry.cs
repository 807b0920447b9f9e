namespace SalesCoachBot.Data.Entities.Proactive;

/// <summary>
/// One key's look-up window (<c>manager-lookup:…</c>): when it began, in Unix microseconds, and how many
/// look-ups it counted. Moved by one atomic upsert per look-up.
/// </summary>
internal sealed class LookupWindowEntry
{
    public required string Key { get; set; }

    public long WindowStartUs { get; set; }

    public int Count { get; set; }
}
