using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Data.Entities.Deals;

/// <summary>
/// One deal. The columns the queries filter and sort on sit beside the whole aggregate as JSON
/// (<see cref="Json"/>): the method's model changes often, and a JSON column keeps those changes
/// out of the schema.
/// </summary>
internal sealed class DealEntity
{
    public Guid Id { get; set; }

    /// <summary>The owning rep's Teams user id.</summary>
    public required string OwnerUserId { get; set; }

    public required string Customer { get; set; }

    public required string Name { get; set; }

    public BuyingJourneyStage Stage { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset StageChangedAt { get; set; }

    /// <summary>When the rep closed the deal (won or lost); null while open. The retention purge reads it.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The <see cref="Coaching.Rep.Deals.Deal"/> aggregate, written by <see cref="DealJsonSerializer"/>.</summary>
    public required string Json { get; set; }

    /// <summary>Changed on every write; an update expecting another value is a concurrency conflict.</summary>
    public Guid Version { get; set; }
}
