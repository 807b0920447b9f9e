using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;


namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// Mastery of a section = the share of its questions whose FSRS stability has reached the mastery
/// threshold (by default 21 days: the learner would still recall it with 90 % probability three
/// weeks on). The streak counts consecutive local days with at least one answer, up to today — or
/// up to yesterday while today's session is still to come.
/// </summary>
internal static class PracticeProgressCalculator
{
    public static PracticeProgress Compute(
        QuestionBank bank,
        IReadOnlyList<PracticeItem> items,
        IReadOnlyList<PracticeActivity> activity,
        DateTimeOffset now,
        TimeZoneInfo timeZone,
        double masteryStabilityDays)
    {
        var stabilityById = items.ToDictionary(i => i.QuestionId, i => i.Card.Stability, StringComparer.OrdinalIgnoreCase);
        var sections = Enum.GetValues<MethodologySection>()
            .Select(section =>
            {
                var questions = bank.BySection(section);
                var mastered = questions.Count(q => stabilityById.TryGetValue(q.Id, out var s) && s >= masteryStabilityDays);
                return new SectionMastery(section, mastered, questions.Count);
            })
            .ToList();
        var due = items.Count(i => i.Card.Due <= now && bank.ById(i.QuestionId) is not null);
        return new PracticeProgress(sections, Streak(activity, now, timeZone), due, items.Count);
    }

    public static int Streak(IReadOnlyList<PracticeActivity> activity, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var days = activity.Select(a => LocalDate(a.ReviewedAt, timeZone)).ToHashSet();
        var day = LocalDate(now, timeZone);
        if (!days.Contains(day))
        {
            day = day.AddDays(-1);
        }

        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
}
