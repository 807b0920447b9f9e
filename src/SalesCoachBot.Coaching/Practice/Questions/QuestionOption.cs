namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>One option of a question; <see cref="Key"/> is a single lower-case letter ("a", "b"…).</summary>
public sealed record QuestionOption(string Key, LocalizedText Text);
