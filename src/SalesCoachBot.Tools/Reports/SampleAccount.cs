using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Tools.Reports;

/// <summary>
/// The sample key account the README pictures show: a bearing maker's annual bearing-steel tender,
/// seven people with mixed roles and support, a key person chosen but not verified, and no coach.
/// Every date is fixed, so the pictures never depend on the clock.
/// </summary>
internal static class SampleAccount
{
    public static readonly DateOnly Today = new(2025, 6, 16);

    public static readonly Guid DealId = new("5a1e0000-0000-4000-8000-000000000001");
    public static readonly Guid DecisionMakerId = new("5a1e0000-0000-4000-8000-000000000011");
    public static readonly Guid ApproverId = new("5a1e0000-0000-4000-8000-000000000012");
    public static readonly Guid ProcurementId = new("5a1e0000-0000-4000-8000-000000000013");
    public static readonly Guid KeyPersonId = new("5a1e0000-0000-4000-8000-000000000014");
    public static readonly Guid QualityId = new("5a1e0000-0000-4000-8000-000000000015");
    public static readonly Guid WorkshopId = new("5a1e0000-0000-4000-8000-000000000016");
    public static readonly Guid FinanceId = new("5a1e0000-0000-4000-8000-000000000017");
    public static readonly Guid NextVisitId = new("5a1e0000-0000-4000-8000-000000000021");
    public static readonly Guid LastVisitId = new("5a1e0000-0000-4000-8000-000000000022");

    /// <summary>The rep's answers about the key person: one source only, familiar people only, culture unknown.</summary>
    public static IReadOnlyList<VerificationAnswer> KeyPersonAnswers { get; } =
    [
        new(KeyPersonQuestions.Source, "One"),
        new(KeyPersonQuestions.WholeChain, "Familiar"),
        new(KeyPersonQuestions.BasicConditions, "Yes"),
        new(KeyPersonQuestions.Stage, "Now"),
        new(KeyPersonQuestions.TeamCulture, "Unknown"),
        new(KeyPersonQuestions.Discreet, "Yes"),
        new(KeyPersonQuestions.Expectations, "No"),
        new(KeyPersonQuestions.PersonnelChange, "None"),
    ];

    public static Visit NextVisit { get; } = new()
    {
        Id = NextVisitId,
        Date = new DateOnly(2025, 6, 19),
        StakeholderIds = [KeyPersonId, QualityId],
        Plan = new VisitPlan
        {
            NeedsPreset = "GCr15 轴承钢：氧含量 ≤ 6 ppm，夹杂物稳定，交期 45 天",
            VisitPurpose = "约张部长和李主管确定技术评分项",
            CompetitorPreset = "兴澄特钢报价低 3%，质量部倾向老供应商",
        },
    };

    public static Deal Deal { get; } = new()
    {
        Id = DealId,
        Customer = "洛阳华信轴承股份有限公司",
        Name = "2025 年度轴承钢招标",
        Value = 18_600_000m,
        ExpectedCloseOn = new DateOnly(2025, 7, 31),
        Stage = BuyingJourneyStage.EvaluatingProducts,
        StagesWithCoreWorkDone = new HashSet<BuyingJourneyStage> { BuyingJourneyStage.HasProblem, BuyingJourneyStage.Exploring },
        DecisionMethod = DecisionMethod.RecommendThenApprove,
        KeyPersonId = KeyPersonId,
        KeyPersonAnswers = KeyPersonAnswers,
        Stakeholders =
        [
            Person(DecisionMakerId, "王建国", "总经理", Department.DecisionLayer, DecisionChainRole.DecisionMaker, SupportLevel.Neutral, null),
            Person(ApproverId, "刘志强", "副总经理（分管采购）", Department.DecisionLayer, DecisionChainRole.Approver, SupportLevel.Supports, new DateOnly(2025, 5, 20)),
            Person(ProcurementId, "陈静", "采购部经理", Department.Procurement, DecisionChainRole.ProcurementExecutor, SupportLevel.Neutral, new DateOnly(2025, 6, 9)),
            Person(KeyPersonId, "张伟", "技术部部长", Department.Technical, DecisionChainRole.Evaluator, SupportLevel.Champions, new DateOnly(2025, 6, 12)),
            Person(QualityId, "李娜", "质量部主管", Department.Technical, DecisionChainRole.Evaluator, SupportLevel.Opposes, new DateOnly(2025, 5, 28)),
            Person(WorkshopId, "赵磊", "磨加工车间主任", Department.UserDepartment, DecisionChainRole.Influencer, SupportLevel.Supports, new DateOnly(2025, 6, 3)),
            Person(FinanceId, "孙红", "财务部经理", null, DecisionChainRole.Influencer, null, null),
        ],
        Visits =
        [
            new Visit
            {
                Id = LastVisitId,
                Date = new DateOnly(2025, 6, 12),
                StakeholderIds = [KeyPersonId],
                Held = true,
                Commitment = new ActionCommitment { Action = "安排样品送检", CommittedBy = KeyPersonId },
            },
            NextVisit,
        ],
    };

    public static Stakeholder KeyPerson => Deal.KeyPerson!;

    private static Stakeholder Person(
        Guid id, string name, string title, Department? department, DecisionChainRole role, SupportLevel? support, DateOnly? lastContact) => new()
    {
        Id = id,
        Name = name,
        Title = title,
        Department = department,
        DecisionChainRoles = new HashSet<DecisionChainRole> { role },
        SupportHistory = support is { } level ? [new SupportAssessment { AssessedOn = lastContact ?? new DateOnly(2025, 5, 6), Level = level }] : [],
        LastContactOn = lastContact,
    };
}
