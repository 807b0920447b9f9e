using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Bench.PowerMap;

/// <summary>
/// A realistic 12-person deal with Chinese names: every band filled, one band wrapping, a person with
/// two roles, one without a role, mixed support, a verified KP, a verified and an unverified coach.
/// The benchmark renders it and docs/power-map-sample.png is drawn from it.
/// </summary>
internal static class PowerMapSampleDeal
{
    private static readonly DateOnly AssessedOn = new(2025, 6, 1);

    public static Deal Create()
    {
        var chen = Person("陈国栋", "分管生产副总经理", SupportLevel.Supports, DecisionChainRole.DecisionMaker);
        var wang = Person("王建国", "信息中心主任", SupportLevel.Champions, DecisionChainRole.Evaluator) with
        {
            IsCoach = true,
            CoachAnswers = Best(CoachQuestions.Set),
        };
        var wu = Person("吴海涛", "炼钢二厂车间主任", SupportLevel.Supports, DecisionChainRole.Influencer) with { IsCoach = true };
        Stakeholder[] people =
        [
            Person("刘振华", "集团总经理", SupportLevel.Neutral, DecisionChainRole.Approver),
            chen,
            Person("周丽", "财务总监", SupportLevel.Opposes, DecisionChainRole.DecisionMaker, DecisionChainRole.Evaluator),
            wang,
            Person("李明", "生产管理部经理", SupportLevel.Supports, DecisionChainRole.Evaluator),
            Person("赵磊", "IT 架构师", null, DecisionChainRole.Evaluator) with { LastContactOn = null },
            Person("孙倩", "质量部主管", SupportLevel.Neutral, DecisionChainRole.Evaluator),
            Person("冯志强", "外聘评标专家", null, DecisionChainRole.Evaluator, DecisionChainRole.Influencer) with { LastContactOn = null },
            wu,
            Person("郑晓燕", "设备科科长", SupportLevel.Opposes, DecisionChainRole.Influencer),
            Person("何静", "采购部经理", SupportLevel.Neutral, DecisionChainRole.ProcurementExecutor),
            Person("马骏", "总经理办公室秘书", null) with { LastContactOn = null },
        ];

        return new Deal
        {
            Id = Guid.Parse("6a0c1f5e-2f61-4c59-9a7e-3d4b1c2e9f10"),
            Customer = "华东钢铁集团",
            Name = "MES 系统升级（二期）",
            Value = 3_800_000m,
            Stage = BuyingJourneyStage.EvaluatingProducts,
            DecisionMethod = DecisionMethod.RecommendThenApprove,
            Stakeholders = people,
            KeyPersonId = chen.Id,
            KeyPersonAnswers = Best(KeyPersonQuestions.Set),
        };
    }

    private static Stakeholder Person(string name, string title, SupportLevel? level, params DecisionChainRole[] roles) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Title = title,
        DecisionChainRoles = new HashSet<DecisionChainRole>(roles),
        LastContactOn = AssessedOn.AddDays(5),
        SupportHistory = level is { } known ? [new SupportAssessment { AssessedOn = AssessedOn, Level = known }] : [],
    };

    private static VerificationAnswer[] Best(VerificationQuestionSet set) =>
        [.. set.Questions.Select(question => new VerificationAnswer(question.Id, question.Options.MaxBy(option => option.Weight)!.Id))];
}
