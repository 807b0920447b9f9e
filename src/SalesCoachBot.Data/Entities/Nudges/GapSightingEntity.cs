namespace SalesCoachBot.Data.Entities.Nudges;

/// <summary>The day a critical gap rule was first seen open on a deal.</summary>
internal sealed class GapSightingEntity
{
    public Guid DealId { get; set; }

    public required string RuleId { get; set; }

    public DateOnly FirstSeenOn { get; set; }
}
