using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// A manager's view: first the team's weakest sections, then one column per learner and one row per
/// course section (then overall, streak, due count, last practice day), then per learner the
/// sections below mastery with buttons that send them a practice session on one of those sections,
/// and one that marks or unmarks them as a new hire. Sections are rows because there are nine of
/// them and few learners per manager; a large team is split into tables of
/// <see cref="HiresPerTable"/>, and at most <see cref="MaxHires"/> are shown so the card stays
/// under Teams' size limit.
/// </summary>
internal static class TeamReadinessCard
{
    public const int HiresPerTable = 6;
    public const int MaxHires = 10;
    public const int WeakestShown = 3;
    public const int FocusButtonsPerHire = 2;
    public const int BelowMasteryListed = 3;

    /// <summary>
    /// <paramref name="hires"/> in the order to show (the dialog puts new hires first);
    /// <paramref name="commandName"/> names the readiness command the buttons come back to, none when null.
    /// </summary>
    public static AdaptiveCard Build(IReadOnlyList<HireReadiness> hires, double sectionTarget, string? commandName, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(hires);
        var title = PracticeText.Get("Readiness.Title", culture);
        var shown = hires.Take(MaxHires).ToArray();
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(PracticeText.Format("Readiness.Intro", culture, sectionTarget)) { IsSubtle = true, Size = "small" },
            new TextBlock(PracticeText.Get("Readiness.WeakestTitle", culture)) { Weight = "bolder" },
            new FactSet([.. WeakestSections(hires).Select(w => new Fact(SectionLabel(w.Section, culture), PracticeText.Format("Readiness.WeakestValue", culture, w.Mastery)))]),
        };
        if (hires.Count > shown.Length)
        {
            body.Add(new TextBlock(PracticeText.Format("Readiness.Truncated", culture, shown.Length, hires.Count)) { IsSubtle = true, Size = "small" });
        }

        foreach (var chunk in shown.Chunk(HiresPerTable))
        {
            body.Add(Table(chunk, culture));
        }

        foreach (var hire in shown)
        {
            body.Add(HireActions(hire, sectionTarget, commandName, culture));
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = title, MsTeams = TeamsCardOptions.FullWidth };
    }

    /// <summary>The sections with the lowest mean mastery over the team, ties in course order.</summary>
    public static IReadOnlyList<(MethodologySection Section, double Mastery)> WeakestSections(IReadOnlyList<HireReadiness> hires)
    {
        ArgumentNullException.ThrowIfNull(hires);
        if (hires.Count == 0)
        {
            return [];
        }

        return [.. Enum.GetValues<MethodologySection>()
            .Select(section => (Section: section, Mastery: hires.Average(h => Mastery(h.Progress, section))))
            .OrderBy(w => w.Mastery)
            .ThenBy(w => w.Section)
            .Take(WeakestShown)];
    }

    /// <summary>The learner's sections below <paramref name="sectionTarget"/>, weakest first, ties in course order.</summary>
    public static IReadOnlyList<SectionMastery> BelowMastery(PracticeProgress progress, double sectionTarget)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return [.. progress.Sections.Where(s => s.Total > 0 && s.Mastery < sectionTarget).OrderBy(s => s.Mastery).ThenBy(s => s.Section)];
    }

    public static string SectionLabel(MethodologySection section, CultureInfo culture) =>
        $"§{(int)section} {CoachingText.Label(section, culture)}";

    private static double Mastery(PracticeProgress progress, MethodologySection section) =>
        progress.Sections.Single(s => s.Section == section).Mastery;

    // Shown in Markdown only (table headers, summaries): the Teams display name is escaped.
    private static string DisplayName(HireReadiness hire, CultureInfo culture) =>
        hire.IsNewHire ? PracticeText.Format("Readiness.HireNew", culture, CardText.Escape(hire.Name)) : CardText.Escape(hire.Name);

    private static Table Table(HireReadiness[] hires, CultureInfo culture)
    {
        var rows = new List<TableRow>
        {
            Row(PracticeText.Get("Readiness.Section", culture), hires.Select(h => DisplayName(h, culture))),
        };
        foreach (var section in Enum.GetValues<MethodologySection>())
        {
            rows.Add(Row(SectionLabel(section, culture), hires.Select(h => Share(Mastery(h.Progress, section), culture))));
        }

        rows.Add(Row(PracticeText.Get("Readiness.Overall", culture), hires.Select(h => Share(h.Progress.Mastery, culture))));
        rows.Add(Row(PracticeText.Get("Readiness.Streak", culture), hires.Select(h => h.Progress.StreakDays.ToString(culture))));
        rows.Add(Row(PracticeText.Get("Readiness.Due", culture), hires.Select(h => h.Progress.DueNow.ToString(culture))));
        rows.Add(Row(PracticeText.Get("Readiness.LastPracticed", culture), hires.Select(h => h.Progress.LastPracticedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—")));
        return new Table([new TableColumnDefinition(3), .. hires.Select(_ => new TableColumnDefinition(2))], rows)
        {
            FirstRowAsHeader = true,
            ShowGridLines = true,
        };
    }

    private static Container HireActions(HireReadiness hire, double sectionTarget, string? commandName, CultureInfo culture)
    {
        var below = BelowMastery(hire.Progress, sectionTarget);
        var name = DisplayName(hire, culture);
        var listed = string.Join(
            PracticeText.Get("Readiness.ListSeparator", culture),
            below.Take(BelowMasteryListed).Select(s => PracticeText.Format("Readiness.SectionItem", culture, (int)s.Section, CoachingText.Label(s.Section, culture), s.Mastery)));
        var summary = below.Count switch
        {
            0 => PracticeText.Format("Readiness.AllMastered", culture, name),
            <= BelowMasteryListed => PracticeText.Format("Readiness.BelowMastery", culture, name, listed),
            _ => PracticeText.Format("Readiness.BelowMasteryMore", culture, name, listed, below.Count),
        };
        var items = new List<CardElement> { new TextBlock(summary) };
        if (commandName is not null)
        {
            var actions = new List<CardAction>();
            actions.AddRange(below.Take(FocusButtonsPerHire).Select(s => Button(
                PracticeText.Format("Readiness.FocusButton", culture, (int)s.Section),
                commandName,
                new CardActionData { Action = ReadinessActions.Focus, RepId = hire.Id }
                    .WithInput(ReadinessActions.SectionKey, s.Section.ToString()))));
            actions.Add(Button(
                PracticeText.Get(hire.IsNewHire ? "Readiness.UnmarkNewHire" : "Readiness.MarkNewHire", culture),
                commandName,
                new CardActionData { Action = ReadinessActions.NewHire, RepId = hire.Id }
                    .WithInput(ReadinessActions.ValueKey, hire.IsNewHire ? ReadinessActions.Off : ReadinessActions.On)));
            items.Add(new ActionSet(actions));
        }

        return new Container(items) { Separator = true };
    }

    private static SubmitAction Button(string title, string commandName, CardActionData data) =>
        (data with { Command = commandName }).ToSubmit(title);

    private static string Share(double share, CultureInfo culture) => PracticeText.Format("Readiness.Share", culture, share);

    private static TableRow Row(string first, IEnumerable<string> cells) =>
        new([new TableCell([new TextBlock(first)]), .. cells.Select(c => new TableCell([new TextBlock(c)]))]);
}
