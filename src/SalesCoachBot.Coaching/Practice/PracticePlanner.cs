using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;


namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// What a session asks: the questions that are due (longest overdue first), then new ones in the
/// course's order until the day's quota of new questions is used, at most a session's worth. A
/// focused session (a manager sent the learner one section to work on) takes both from that section only.
/// </summary>
internal static class PracticePlanner
{
    public static PracticePlan Plan(
        QuestionBank bank, IReadOnlyList<PracticeItem> items, int newAnsweredToday, DateTimeOffset now, PracticeOptions options,
        MethodologySection? focus = null)
    {
        var inFocus = focus is { } section
            ? bank.BySection(section).Select(q => q.Id).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
        var seen = items.Select(i => i.QuestionId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var due = items
            .Where(i => i.Card.Due <= now && bank.ById(i.QuestionId) is not null && (inFocus is null || inFocus.Contains(i.QuestionId)))
            .OrderBy(i => i.Card.Due)
            .ThenBy(i => i.QuestionId, StringComparer.Ordinal)
            .Select(i => i.QuestionId)
            .Take(options.MaxQuestionsPerSession)
            .ToList();
        var newAllowed = Math.Max(0, options.DailyNewQuestions - newAnsweredToday);
        var fresh = bank.All
            .Where(q => !seen.Contains(q.Id) && (inFocus is null || inFocus.Contains(q.Id)))
            .Select(q => q.Id)
            .Take(Math.Min(newAllowed, options.MaxQuestionsPerSession - due.Count))
            .ToList();
        return new PracticePlan(due, fresh);
    }
}
