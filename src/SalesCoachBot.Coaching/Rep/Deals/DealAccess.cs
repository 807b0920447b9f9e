
namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>A deal opened for a rep: the deal when it is theirs, otherwise why not (<see cref="RefusalKey"/>).</summary>
internal sealed record DealAccess(Deal? Deal, string? RefusalKey)
{
    public static DealAccess Granted(Deal deal) => new(deal, null);

    public static DealAccess NotFound { get; } = new(null, "Deal.NotFound");

    public static DealAccess Refused { get; } = new(null, "Deal.Refused");
}
