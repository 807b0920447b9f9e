using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.TestSupport.Builders;

/// <summary>
/// Builds deals for tests. <see cref="Healthy"/> is a deal with no gap at all on <see cref="Today"/>;
/// each test changes the one thing it is about, so the deal reads as "healthy, except…".
/// </summary>
public sealed class DealBuilder
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    public static readonly IReadOnlyList<VerificationAnswer> BestKpAnswers = Best(KeyPersonQuestions.Set);

    public static readonly IReadOnlyList<VerificationAnswer> BestCoachAnswers = Best(CoachQuestions.Set);

    private Deal _deal;

    private DealBuilder(Deal deal) => _deal = deal;

    /// <summary>
    /// Evaluating products, recommend-then-approve, all five roles held by contacted people assessed two
    /// weeks ago (4 supporters, 1 neutral), Wang the verified KP, Zhao a verified coach, the last visit
    /// with an effective commitment and the next visit fully prepared.
    /// </summary>
    public static DealBuilder Healthy()
    {
        var wang = Person("Wang", SupportLevel.Supports, DecisionChainRole.DecisionMaker) with { Department = Department.DecisionLayer };
        var li = Person("Li", SupportLevel.Champions, DecisionChainRole.Approver) with { Department = Department.DecisionLayer };
        var zhao = Person("Zhao", SupportLevel.Supports, DecisionChainRole.Evaluator) with
        {
            Department = Department.Technical,
            IsCoach = true,
            CoachAnswers = BestCoachAnswers,
        };
        var chen = Person("Chen", SupportLevel.Neutral, DecisionChainRole.ProcurementExecutor) with { Department = Department.Procurement };
        var sun = Person("Sun", SupportLevel.Supports, DecisionChainRole.Influencer) with { Department = Department.UserDepartment };

        return new DealBuilder(new Deal
        {
            Id = Guid.NewGuid(),
            Customer = "Acme Steel",
            Name = "MES upgrade",
            Value = 1_200_000m,
            ExpectedCloseOn = new DateOnly(2025, 12, 31),
            Stage = BuyingJourneyStage.EvaluatingProducts,
            StagesWithCoreWorkDone = new HashSet<BuyingJourneyStage> { BuyingJourneyStage.EvaluatingProducts },
            DecisionMethod = DecisionMethod.RecommendThenApprove,
            DecisionMethodConfirmed = true,
            Stakeholders = [wang, li, zhao, chen, sun],
            KeyPersonId = wang.Id,
            KeyPersonAnswers = BestKpAnswers,
            Visits =
            [
                new Visit
                {
                    Id = Guid.NewGuid(),
                    Date = Today.AddDays(-5),
                    StakeholderIds = [wang.Id],
                    Held = true,
                    Commitment = new ActionCommitment
                    {
                        Action = "Arrange a site visit with the plant manager",
                        CommittedBy = wang.Id,
                        DueOn = Today.AddDays(10),
                        DealProgress = "Puts our reference in front of the evaluators",
                        SignsConfirmed = new HashSet<CommitmentSign>(Enum.GetValues<CommitmentSign>()),
                    },
                },
                new Visit
                {
                    Id = Guid.NewGuid(),
                    Date = Today.AddDays(5),
                    StakeholderIds = [li.Id],
                    Plan = new VisitPlan
                    {
                        NeedsPreset = "Cost pressure from the group",
                        VisitPurpose = "Confirm the approval path",
                        CompetitorPreset = "Incumbent offers a discount",
                        OurDifference = "Proven rollout at a sister plant",
                        GuidancePath = "Downtime cost, then rollout risk, then our record",
                        CommitmentToAsk = "Li joins the site visit",
                    },
                },
            ],
        });
    }

    /// <summary>A contacted person holding the roles, assessed at the given level two weeks before <see cref="Today"/>.</summary>
    public static Stakeholder Person(string name, SupportLevel level, params DecisionChainRole[] roles) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        DecisionChainRoles = new HashSet<DecisionChainRole>(roles),
        LastContactOn = Today.AddDays(-3),
        SupportHistory = [new SupportAssessment { AssessedOn = Today.AddDays(-14), Level = level }],
    };

    public static IReadOnlyList<VerificationAnswer> Best(VerificationQuestionSet set) =>
        [.. set.Questions.Select(q => new VerificationAnswer(q.Id, q.Options.MaxBy(o => o.Weight)!.Id))];

    public DealBuilder With(Func<Deal, Deal> change)
    {
        _deal = change(_deal);
        return this;
    }

    public DealBuilder Person(string name, Func<Stakeholder, Stakeholder> change) => With(deal => deal with
    {
        Stakeholders = [.. deal.Stakeholders.Select(s => s.Name == name ? change(s) : s)],
    });

    public DealBuilder Add(Stakeholder person) => With(deal => deal with { Stakeholders = [.. deal.Stakeholders, person] });

    public DealBuilder NoRoles(string name) => Person(name, s => s with { DecisionChainRoles = new HashSet<DecisionChainRole>() });

    /// <summary>Last contact 31 days before <see cref="Today"/>: more than the 30 days that count as recent.</summary>
    public DealBuilder Stale(string name) => Person(name, s => s with { LastContactOn = Today.AddDays(-31) });

    public DealBuilder NeverContacted(string name) => Person(name, s => s with { LastContactOn = null });

    public DealBuilder Support(string name, SupportLevel level) =>
        Person(name, s => s with { SupportHistory = [new SupportAssessment { AssessedOn = Today.AddDays(-14), Level = level }] });

    public DealBuilder KpAnswer(string questionId, string optionId) => With(deal => deal with
    {
        KeyPersonAnswers = [.. deal.KeyPersonAnswers.Where(a => a.QuestionId != questionId), new VerificationAnswer(questionId, optionId)],
    });

    public Deal Build() => _deal;
}
