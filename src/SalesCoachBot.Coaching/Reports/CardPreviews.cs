using System.Globalization;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Reports;

/// <summary>
/// The bot's cards, built by the real card builders over data the caller brings, outside any
/// conversation: <c>card-samples</c> (SalesCoachBot.Tools) turns them into the pictures in
/// <c>docs/cards/</c>. The one public door to the card builders, which stay internal.
/// </summary>
public static class CardPreviews
{
    /// <summary>The welcome card with the menu as <paramref name="commands"/> registers it.</summary>
    public static AdaptiveCard Welcome(CoachCommandRecognizer commands, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return MenuCard.Build(CoachingText.Get("Welcome.Title", culture), CoachingText.Get("Welcome.Intro", culture), commands.Commands, culture);
    }

    /// <summary>The deal's gaps on <paramref name="today"/>, as the gap check shows them without a picture.</summary>
    public static AdaptiveCard Gaps(Deal deal, DateOnly today, CultureInfo culture)
    {
        var health = new DealHealthCalculator(GapRuleCatalog.CreateAnalyzer()).Assess(deal, today);
        return GapCard.Build(deal, health, culture, powerMap: null);
    }

    public static AdaptiveCard People(Deal deal, CultureInfo culture) => PeopleCard.Build(deal, culture);

    public static AdaptiveCard VisitChecklist(Deal deal, Visit visit, CultureInfo culture) => VisitChecklistCard.Build(deal, visit, culture);

    /// <summary>The key-person check's verdict over the deal's recorded answers.</summary>
    public static AdaptiveCard KeyPersonCheck(Deal deal, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var keyPerson = deal.KeyPerson ?? throw new ArgumentException("The deal has no key person.", nameof(deal));
        return VerificationResultCard.Build(keyPerson.Name, KpCheck.Score(deal), culture);
    }

    public static AdaptiveCard ManagerNudge(TeamDigest digest, NudgeOptions options, CultureInfo culture) => NudgeCard.Build(digest, options, culture);

    public static AdaptiveCard PracticeQuestion(Question question, int number, int count, CultureInfo culture) =>
        PracticeQuestionCard.Build(question, number, count, isReview: false, culture);

    /// <summary>The answer's feedback, the next review shown in <paramref name="timeZone"/>.</summary>
    public static AdaptiveCard PracticeFeedback(
        Question question, IReadOnlyCollection<string> selected, bool correct, DateTimeOffset nextReview, TimeZoneInfo timeZone, CultureInfo culture) =>
        PracticeFeedbackCard.Build(question, selected, correct, isLast: false, PracticeFormat.LocalTime(nextReview, timeZone, culture), culture);

    public static AdaptiveCard TeamReadiness(IReadOnlyList<HireReadiness> hires, CultureInfo culture) =>
        TeamReadinessCard.Build(hires, new PracticeOptions().SectionMasteryTarget, PracticeServiceCollectionExtensions.ReadinessCommand, culture);
}
