using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>A learner's own progress: overall mastery, streak, due count, then mastery per course section.</summary>
internal static class PracticeProgressCard
{
    public static AdaptiveCard Build(PracticeProgress progress, double masteryDays, SubmitAction practiceButton, CultureInfo culture)
    {
        var title = PracticeText.Get("Progress.Title", culture);
        var rows = new List<TableRow>
        {
            Row(PracticeText.Get("Progress.Section", culture), PracticeText.Get("Progress.Mastered", culture)),
        };
        rows.AddRange(progress.Sections.Select(s => Row(
            $"§{(int)s.Section} {CoachingText.Label(s.Section, culture)}",
            PracticeText.Format("Progress.Share", culture, s.Mastered, s.Total, s.Mastery))));
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
                new FactSet(
                [
                    new Fact(PracticeText.Get("Progress.Overall", culture), PracticeText.Format("Progress.Share", culture, progress.Mastered, progress.Total, progress.Mastery)),
                    new Fact(PracticeText.Get("Progress.Streak", culture), PracticeText.Format("Progress.StreakValue", culture, progress.StreakDays)),
                    new Fact(PracticeText.Get("Progress.Due", culture), PracticeText.Format("Progress.DueValue", culture, progress.DueNow)),
                ]),
                new Table([new TableColumnDefinition(3), new TableColumnDefinition(2)], rows) { FirstRowAsHeader = true },
                new TextBlock(PracticeText.Format("Progress.Intro", culture, masteryDays)) { IsSubtle = true, Size = "small" },
            ],
            Actions = [practiceButton],
            Lang = culture.Name,
            FallbackText = title,
            MsTeams = TeamsCardOptions.FullWidth,
        };
    }

    private static TableRow Row(string first, string second) =>
        new([new TableCell([new TextBlock(first)]), new TableCell([new TextBlock(second)])]);
}
