namespace SalesCoachBot.Coaching.Practice;

/// <summary>A learner's daily practice reminder: on or off, and the local time it comes at.</summary>
public sealed record PracticeReminder(string UserId, bool Enabled, TimeOnly SendAt);
