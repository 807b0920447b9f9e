namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// When a learner answered, and whether the question was new then (for the daily new-question quota
/// and the streak); which question it was and whether the answer was right (for mastery, where a
/// question last answered wrong counts for nothing until it is answered right again).
/// </summary>
public sealed record PracticeActivity(DateTimeOffset ReviewedAt, bool WasNew)
{
    public string? QuestionId { get; init; }

    public bool Correct { get; init; }
}
