using SalesCoachBot.Coaching.Practice.Questions;


namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// What a session asks: the questions that are due (longest overdue first), then new ones in the
/// course's order until the day's quota of new questions is used, at most a session's worth.
/// </summary>
internal static class PracticePlanner
{
    public static PracticePlan Plan(
        QuestionBank bank, IReadOnlyList<PracticeItem> items, int newAnsweredToday, DateTimeOffset now, PracticeOptions options)
    {
        var seen = items.Select(i => i.QuestionId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var due = items
            .Where(i => i.Card.Due <= now && bank.ById(i.QuestionId) is not null)
            .OrderBy(i => i.Card.Due)
            .ThenBy(i => i.QuestionId, StringComparer.Ordinal)
            .Select(i => i.QuestionId)
            .Take(options.MaxQuestionsPerSession)
            .ToList();
        var newAllowed = Math.Max(0, options.DailyNewQuestions - newAnsweredToday);
        var fresh = bank.All
            .Where(q => !seen.Contains(q.Id))
            .Select(q => q.Id)
            .Take(Math.Min(newAllowed, options.MaxQuestionsPerSession - due.Count))
            .ToList();
        return new PracticePlan(due, fresh);
    }
}
