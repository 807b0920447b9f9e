namespace SalesCoachBot.Coaching.Practice;

/// <summary>One logged answer as the item report reads it: who answered which question, when, and whether it was right.</summary>
public sealed record PracticeAnswer(string UserId, string QuestionId, bool Correct, bool WasNew, DateTimeOffset ReviewedAt);
