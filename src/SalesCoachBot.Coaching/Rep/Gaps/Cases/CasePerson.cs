namespace SalesCoachBot.Coaching.Rep.Gaps.Cases;

/// <summary>One person of a course case, as the rep types him into the person form (field id → value).</summary>
public sealed record CasePerson(string Name, IReadOnlyDictionary<string, string> Form);
