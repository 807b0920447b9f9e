namespace SalesCoachBot.Coaching.Rep.Gaps.Cases;

/// <summary>A KP or coach check of a course case: who is checked and the rep's answers (question id → option id).</summary>
public sealed record CaseCheck(string Person, IReadOnlyDictionary<string, string> Answers);
