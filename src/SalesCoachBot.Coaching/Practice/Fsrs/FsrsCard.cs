namespace SalesCoachBot.Coaching.Practice.Fsrs;

/// <summary>
/// The memory state of one item for one learner. <see cref="Stability"/> is in days (the interval at
/// which recall falls to 90 %), <see cref="Difficulty"/> in 1–10; both are 0 while the item is new.
/// <see cref="Step"/> is the index of the learning or relearning step the item is on.
/// </summary>
public sealed record FsrsCard(
    DateTimeOffset Due,
    double Stability,
    double Difficulty,
    FsrsState State,
    int Step,
    int Reps,
    int Lapses,
    int ScheduledDays,
    DateTimeOffset? LastReview)
{
    /// <summary>An item never reviewed, due at once.</summary>
    public static FsrsCard New(DateTimeOffset now) => new(now, 0, 0, FsrsState.New, 0, 0, 0, 0, null);
}
