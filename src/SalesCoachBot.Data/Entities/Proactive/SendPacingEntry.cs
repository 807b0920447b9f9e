namespace SalesCoachBot.Data.Entities.Proactive;

/// <summary>
/// One key of the shared send budget (<c>tenant:…</c>, <c>conversation:…</c>): the earliest moment,
/// in Unix microseconds, the next send under it may start. Moved forward by one atomic upsert per send.
/// </summary>
internal sealed class SendPacingEntry
{
    public required string Key { get; set; }

    public long NextStartUs { get; set; }
}
