using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// Mastery of a section = the mean, over the section's questions, of the learner's probability of
/// recalling each one today: FSRS's retrievability R(t, S) for the time since its last review; 0 for
/// a question never answered, and 0 for one whose last answer was wrong until it is answered right
/// again (FSRS assumes the learner read the answer, so R would be near 1 right after a miss). A
/// question counts as mastered when it is recalled today with at least the desired retention and its
/// stability has reached the mastery threshold, so it is also learnt to last. The streak counts
/// consecutive local days with at least one answer, up to today — or up to yesterday while today's
/// session is still to come.
/// </summary>
internal static class PracticeProgressCalculator
{
    public static PracticeProgress Compute(
        QuestionBank bank,
        IReadOnlyList<PracticeItem> items,
        IReadOnlyList<PracticeActivity> activity,
        DateTimeOffset now,
        TimeZoneInfo timeZone,
        FsrsScheduler scheduler,
        PracticeOptions options)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(options);
        var lastWrong = activity
            .Where(a => a.QuestionId is not null)
            .GroupBy(a => a.QuestionId!, StringComparer.OrdinalIgnoreCase)
            .Where(g => !g.MaxBy(a => a.ReviewedAt)!.Correct)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cardById = items.ToDictionary(i => i.QuestionId, i => i.Card, StringComparer.OrdinalIgnoreCase);
        var sections = Enum.GetValues<MethodologySection>()
            .Select(section =>
            {
                var questions = bank.BySection(section);
                var mastered = 0;
                var recall = 0.0;
                foreach (var question in questions)
                {
                    if (!cardById.TryGetValue(question.Id, out var card) || lastWrong.Contains(question.Id))
                    {
                        continue;
                    }

                    var r = Recall(scheduler, card, now);
                    recall += r;
                    if (r >= options.DesiredRetention && card.Stability >= options.MasteryStabilityDays)
                    {
                        mastered++;
                    }
                }

                return new SectionMastery(section, mastered, questions.Count, questions.Count == 0 ? 0 : recall / questions.Count);
            })
            .ToList();
        var due = items.Count(i => i.Card.Due <= now && bank.ById(i.QuestionId) is not null);
        DateOnly? last = activity.Count == 0 ? null : LocalDate(activity.Max(a => a.ReviewedAt), timeZone);
        return new PracticeProgress(sections, Streak(activity, now, timeZone), due, items.Count) { LastPracticedOn = last };
    }

    /// <summary>FSRS's probability of recalling the card now, from the (fractional) days since its last review.</summary>
    public static double Recall(FsrsScheduler scheduler, FsrsCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(card);
        if (card.State == FsrsState.New || card.LastReview is not { } last || card.Stability <= 0)
        {
            return 0;
        }

        return scheduler.Retrievability(Math.Max(0, (now - last).TotalDays), card.Stability);
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
