namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// A deal as stored: the method's view of it (<see cref="Deal"/>) plus who owns it and when it
/// moved. The store sets the timestamps: <see cref="UpdatedAt"/> on every save,
/// <see cref="StageChangedAt"/> when the stage differs from the stored one.
/// </summary>
public sealed record DealRecord(Deal Deal, string OwnerUserId)
{
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset StageChangedAt { get; init; }
}
