using SalesCoachBot.Coaching.Practice.Fsrs;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>One learner's memory of one question of the bank.</summary>
public sealed record PracticeItem(string QuestionId, FsrsCard Card);
