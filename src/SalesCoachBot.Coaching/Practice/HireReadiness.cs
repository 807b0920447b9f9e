namespace SalesCoachBot.Coaching.Practice;

/// <summary>One new hire's name and practice progress, for their manager.</summary>
public sealed record HireReadiness(string Name, PracticeProgress Progress);
