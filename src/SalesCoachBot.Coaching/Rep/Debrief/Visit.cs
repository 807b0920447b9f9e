using SalesCoachBot.Coaching.Rep.Prep;

namespace SalesCoachBot.Coaching.Rep.Debrief;

/// <summary>An important visit (重要拜访): planned ahead, then debriefed with the commitment obtained.</summary>
public sealed record Visit
{
    public required Guid Id { get; init; }

    public required DateOnly Date { get; init; }

    public IReadOnlyList<Guid> StakeholderIds { get; init; } = [];

    public VisitPlan Plan { get; init; } = new();

    /// <summary>True once the visit took place and was debriefed.</summary>
    public bool Held { get; init; }

    /// <summary>Null when the customer committed to nothing.</summary>
    public ActionCommitment? Commitment { get; init; }
}
