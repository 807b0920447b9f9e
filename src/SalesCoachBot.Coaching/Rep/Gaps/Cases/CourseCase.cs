using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Verification;

namespace SalesCoachBot.Coaching.Rep.Gaps.Cases;

/// <summary>
/// A case from the course, replayed as a rep would enter it: the deal form, the person forms and the
/// KP and coach checks, with the top gaps and the health colour a trainer expects. The chat tests
/// type exactly these forms; <see cref="BuildDeal"/> applies them the way the dialogs do, for the report.
/// </summary>
public sealed record CourseCase
{
    public required string Id { get; init; }

    /// <summary>The course passage the case replays.</summary>
    public required CourseReference Passage { get; init; }

    /// <summary>What happened in the course, in a line (resource <c>Case.{Id}.Story</c>).</summary>
    public string GetStory(CultureInfo culture) => CoachingText.Get($"Case.{Id}.Story", culture);

    public required DateOnly Today { get; init; }

    public required IReadOnlyDictionary<string, string> DealForm { get; init; }

    public required IReadOnlyList<CasePerson> People { get; init; }

    public CaseCheck? KeyPerson { get; init; }

    public IReadOnlyList<CaseCheck> Coaches { get; init; } = [];

    /// <summary>The rule ids of the card's first gaps (at most three), in order.</summary>
    public required IReadOnlyList<string> ExpectedTop { get; init; }

    public required HealthStatus ExpectedStatus { get; init; }

    /// <summary>The deal the forms and checks leave, built as the deal, people and verification dialogs build it.</summary>
    public Deal BuildDeal()
    {
        var deal = DealFormDialog.Apply(new Deal { Id = Guid.Empty, Customer = string.Empty, Name = string.Empty }, Form(DealForm));
        var people = People
            .Select((p, i) => PeopleDialog.Apply(new Stakeholder { Id = PersonId(i), Name = string.Empty }, Form(p.Form), Today))
            .ToList();
        deal = deal with { Stakeholders = people };
        if (KeyPerson is { } kp)
        {
            deal = deal with { KeyPersonId = Find(deal, kp.Person).Id, KeyPersonAnswers = Answers(KeyPersonQuestions.Set, kp.Answers) };
        }

        foreach (var check in Coaches)
        {
            var coach = Find(deal, check.Person) with { IsCoach = true, CoachAnswers = Answers(CoachQuestions.Set, check.Answers) };
            deal = deal with { Stakeholders = [.. deal.Stakeholders.Select(s => s.Id == coach.Id ? coach : s)] };
        }

        return deal;
    }

    private static Guid PersonId(int index) => new(index + 1, 0, 0, new byte[8]);

    private static Stakeholder Find(Deal deal, string name) =>
        deal.Stakeholders.FirstOrDefault(s => s.Name == name) ?? throw new InvalidOperationException($"Case person '{name}' is not on the map.");

    private static List<VerificationAnswer> Answers(VerificationQuestionSet set, IReadOnlyDictionary<string, string> answers) =>
        [.. set.Questions.Where(q => answers.ContainsKey(q.Id)).Select(q => new VerificationAnswer(q.Id, answers[q.Id]))];

    private static JsonElement Form(IReadOnlyDictionary<string, string> values) => JsonSerializer.SerializeToElement(values);
}
