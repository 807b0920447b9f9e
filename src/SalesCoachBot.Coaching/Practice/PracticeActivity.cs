namespace SalesCoachBot.Coaching.Practice;

/// <summary>When a learner answered, and whether the question was new then (for the daily new-question quota and the streak).</summary>
public sealed record PracticeActivity(DateTimeOffset ReviewedAt, bool WasNew);
