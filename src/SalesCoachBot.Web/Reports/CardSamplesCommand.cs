using System.Globalization;
using SalesCoachBot.Coaching;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Web.Reports;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Web -- card-samples &lt;folder&gt;</c>: writes the bot's
/// cards, built by the real card builders over sample data, as JSON files — the input of
/// <c>scripts/card-pictures.sh</c>, which renders them into the pictures in <c>docs/cards/</c>.
/// </summary>
internal static class CardSamplesCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [var folder])
        {
            output.WriteLine("usage: card-samples <output-folder>");
            return 2;
        }

        Directory.CreateDirectory(folder);
        var samples = Samples().ToList();
        foreach (var (name, card) in samples)
        {
            File.WriteAllText(Path.Combine(folder, $"{name}.json"), CardSerializer.ToJson(card));
        }

        output.WriteLine($"{samples.Count} card(s) written to {folder}");
        return 0;
    }

    internal static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var commands = Commands();
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en-US");
        var deal = SampleAccount.Deal;
        var health = new DealHealthCalculator(GapRuleCatalog.CreateAnalyzer()).Assess(deal, SampleAccount.Today);
        foreach (var culture in new[] { zh, en })
        {
            yield return (Name("welcome", culture), MenuCard.Build(
                CoachingText.Get("Welcome.Title", culture), CoachingText.Get("Welcome.Intro", culture), commands.Commands, culture));
            yield return (Name("gaps", culture), GapCard.Build(deal, health, culture, powerMap: null));
        }

        yield return (Name("people", zh), PeopleCard.Build(deal, zh));
        yield return (Name("checklist", zh), VisitChecklistCard.Build(deal, SampleAccount.NextVisit, zh));
        yield return (Name("kp-check", zh), VerificationResultCard.Build(SampleAccount.KeyPerson.Name, KpCheck.Score(deal), zh));
        var nudges = new NudgeOptions();
        yield return (Name("nudge", zh), NudgeCard.Build(SampleTeam.Digest(nudges), nudges, zh));

        var bank = QuestionBank.LoadEmbedded();
        var question = PracticeQuestion(bank);
        yield return (Name("practice-question", zh), PracticeQuestionCard.Build(question, 3, 10, isReview: false, zh));
        var wrong = question.Options.Select(o => o.Key).Where(k => !question.AnswerKeys.Contains(k, StringComparer.OrdinalIgnoreCase)).Take(1).ToList();
        yield return (Name("practice-feedback", zh), PracticeFeedbackCard.Build(question, wrong, correct: false, isLast: false, NextReview(zh), zh));
        yield return (Name("readiness", zh), TeamReadinessCard.Build(SampleTeam.Hires(bank), new PracticeOptions().SectionMasteryTarget, PracticeServiceCollectionExtensions.ReadinessCommand, zh));
    }

    private static string Name(string card, CultureInfo culture) => $"{card}.{culture.Name.ToLowerInvariant()}";

    // A key-person case: the scenario questions show the case stem, the sample deal's own topic.
    private static Question PracticeQuestion(QuestionBank bank) =>
        bank.BySection(MethodologySection.KeyPerson).FirstOrDefault(q => q.CaseStem is not null && q.Selection == AnswerSelection.One)
        ?? bank.BySection(MethodologySection.KeyPerson)[0];

    // A wrong first answer: FSRS brings the question back soon, in the learner's own time zone.
    private static string NextReview(CultureInfo culture)
    {
        var answeredAt = new DateTimeOffset(2025, 6, 16, 1, 30, 0, TimeSpan.Zero);
        var after = new FsrsScheduler(FsrsParameters.Default).Review(FsrsCard.New(answeredAt), FsrsRating.Again, answeredAt);
        return PracticeFormat.LocalTime(after.Due, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), culture);
    }

    // The commands as the bot registers them, so the menu in the pictures is the real one.
    private static CoachCommandRecognizer Commands()
    {
        var services = new ServiceCollection();
        services.AddCoaching();
        using var provider = services.BuildServiceProvider();
        return new CoachCommandRecognizer(provider.GetServices<CoachCommand>());
    }
}
