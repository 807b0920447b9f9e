using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Reports;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Tools.Hosting;

namespace SalesCoachBot.Tools.Reports;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Tools -- card-samples &lt;folder&gt;</c>: writes the bot's
/// cards, built by the real card builders (<see cref="CardPreviews"/>) over the sample data here, as
/// JSON files — the input of <c>scripts/card-pictures.sh</c>, which renders them into the pictures in
/// <c>docs/cards/</c>.
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
        foreach (var culture in new[] { zh, en })
        {
            yield return (Name("welcome", culture), CardPreviews.Welcome(commands, culture));
            yield return (Name("gaps", culture), CardPreviews.Gaps(deal, SampleAccount.Today, culture));
        }

        yield return (Name("people", zh), CardPreviews.People(deal, zh));
        yield return (Name("checklist", zh), CardPreviews.VisitChecklist(deal, SampleAccount.NextVisit, zh));
        yield return (Name("kp-check", zh), CardPreviews.KeyPersonCheck(deal, zh));
        var nudges = new NudgeOptions();
        yield return (Name("nudge", zh), CardPreviews.ManagerNudge(SampleTeam.Digest(nudges), nudges, zh));

        var bank = QuestionBank.LoadEmbedded();
        var question = PracticeQuestion(bank);
        yield return (Name("practice-question", zh), CardPreviews.PracticeQuestion(question, 3, 10, zh));
        var wrong = question.Options.Select(o => o.Key).Where(k => !question.AnswerKeys.Contains(k, StringComparer.OrdinalIgnoreCase)).Take(1).ToList();
        yield return (Name("practice-feedback", zh), CardPreviews.PracticeFeedback(
            question, wrong, correct: false, NextReview(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), zh));
        yield return (Name("readiness", zh), CardPreviews.TeamReadiness(SampleTeam.Hires(bank), zh));
    }

    private static string Name(string card, CultureInfo culture) => $"{card}.{culture.Name.ToLowerInvariant()}";

    // A key-person case: the scenario questions show the case stem, the sample deal's own topic.
    private static Question PracticeQuestion(QuestionBank bank) =>
        bank.BySection(MethodologySection.KeyPerson).FirstOrDefault(q => q.CaseStem is not null && q.Selection == AnswerSelection.One)
        ?? bank.BySection(MethodologySection.KeyPerson)[0];

    // A wrong first answer: FSRS brings the question back soon.
    private static DateTimeOffset NextReview()
    {
        var answeredAt = new DateTimeOffset(2025, 6, 16, 1, 30, 0, TimeSpan.Zero);
        return new FsrsScheduler(FsrsParameters.Default).Review(FsrsCard.New(answeredAt), FsrsRating.Again, answeredAt).Due;
    }

    // The commands as the bot registers them, so the menu in the pictures is the real one.
    private static CoachCommandRecognizer Commands()
    {
        using var host = ToolHost.Build([]);
        return host.Services.GetRequiredService<CoachCommandRecognizer>();
    }
}
