using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>One opportunity (项目/商机) at one customer account, with the people and visits around it.</summary>
public sealed record Deal
{
    public required Guid Id { get; init; }

    public required string Customer { get; init; }

    public required string Name { get; init; }

    public decimal Value { get; init; }

    public DateOnly? ExpectedCloseOn { get; init; }

    public BuyingJourneyStage Stage { get; init; }

    /// <summary>The stages whose core work the rep has marked as done.</summary>
    public IReadOnlySet<BuyingJourneyStage> StagesWithCoreWorkDone { get; init; } = new HashSet<BuyingJourneyStage>();

    public DecisionMethod DecisionMethod { get; init; }

    /// <summary>
    /// The rep has checked the decision method against a second source (the tender rules, the coach, the
    /// evaluators themselves) rather than believing it; false for deals stored before the field existed.
    /// </summary>
    public bool DecisionMethodConfirmed { get; init; }

    public IReadOnlyList<Stakeholder> Stakeholders { get; init; } = [];

    /// <summary>The stakeholder the rep chose as key person (关键人); null while none is chosen.</summary>
    public Guid? KeyPersonId { get; init; }

    /// <summary>Answers to the KP verification questions about <see cref="KeyPersonId"/>.</summary>
    public IReadOnlyList<VerificationAnswer> KeyPersonAnswers { get; init; } = [];

    public IReadOnlyList<Visit> Visits { get; init; } = [];

    /// <summary>Won or lost once the rep closes the deal (结单); null while it is open.</summary>
    public DealOutcome? Outcome { get; init; }

    /// <summary>The rep's local date of closing; a closed deal is deleted after the retention period.</summary>
    public DateOnly? ClosedOn { get; init; }

    public bool IsClosed => Outcome is not null;

    public Stakeholder? KeyPerson => KeyPersonId is { } id ? Stakeholders.FirstOrDefault(s => s.Id == id) : null;

    public IEnumerable<Stakeholder> Coaches => Stakeholders.Where(s => s.IsCoach);

    public IEnumerable<Stakeholder> Holding(DecisionChainRole role) => Stakeholders.Where(s => s.Holds(role));

    public IEnumerable<Stakeholder> DecisionChain => Stakeholders.Where(s => s.IsInDecisionChain);
}
