namespace SalesCoachBot.Data.Entities.Deals;

/// <summary>The deal a rep works on now, so the next command does not ask again.</summary>
internal sealed class CurrentDealEntity
{
    public required string UserId { get; set; }

    public Guid DealId { get; set; }

    /// <summary>When the current deal last changed to another (not touched when the same deal is chosen again).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
