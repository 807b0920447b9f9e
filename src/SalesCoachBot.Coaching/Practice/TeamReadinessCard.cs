using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// A manager's view: one column per hire, one row per course section (then overall, streak and due
/// count). Sections are rows because there are nine of them and few hires per manager; a large team
/// is split into tables of <see cref="HiresPerTable"/> so each stays readable.
/// </summary>
internal static class TeamReadinessCard
{
    public const int HiresPerTable = 6;

    public static AdaptiveCard Build(IReadOnlyList<HireReadiness> hires, double masteryDays, CultureInfo culture)
    {
        var title = PracticeText.Get("Readiness.Title", culture);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(PracticeText.Format("Readiness.Intro", culture, masteryDays)) { IsSubtle = true },
        };
        foreach (var chunk in hires.Chunk(HiresPerTable))
        {
            body.Add(Table(chunk, culture));
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = title, MsTeams = TeamsCardOptions.FullWidth };
    }

    private static Table Table(HireReadiness[] hires, CultureInfo culture)
    {
        var rows = new List<TableRow>
        {
            Row(PracticeText.Get("Readiness.Section", culture), hires.Select(h => h.Name)),
        };
        foreach (var section in Enum.GetValues<MethodologySection>())
        {
            rows.Add(Row(
                $"§{(int)section} {CoachingText.Label(section, culture)}",
                hires.Select(h => Share(h.Progress.Sections.Single(s => s.Section == section).Share, culture))));
        }

        rows.Add(Row(PracticeText.Get("Readiness.Overall", culture), hires.Select(h => Share(h.Progress.Share, culture))));
        rows.Add(Row(PracticeText.Get("Readiness.Streak", culture), hires.Select(h => h.Progress.StreakDays.ToString(culture))));
        rows.Add(Row(PracticeText.Get("Readiness.Due", culture), hires.Select(h => h.Progress.DueNow.ToString(culture))));
        return new Table([new TableColumnDefinition(3), .. hires.Select(_ => new TableColumnDefinition(2))], rows)
        {
            FirstRowAsHeader = true,
            ShowGridLines = true,
        };
    }

    private static string Share(double share, CultureInfo culture) => PracticeText.Format("Readiness.Share", culture, share);

    private static TableRow Row(string first, IEnumerable<string> cells) =>
        new([new TableCell([new TextBlock(first)]), .. cells.Select(c => new TableCell([new TextBlock(c)]))]);
}
