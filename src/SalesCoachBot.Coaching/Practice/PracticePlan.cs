namespace SalesCoachBot.Coaching.Practice;

/// <summary>A session's questions: reviews due first, then new ones.</summary>
internal sealed record PracticePlan(IReadOnlyList<string> Due, IReadOnlyList<string> New)
{
    public IReadOnlyList<string> All => [.. Due, .. New];
}
