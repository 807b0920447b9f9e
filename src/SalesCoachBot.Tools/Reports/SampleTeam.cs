using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Users;

namespace SalesCoachBot.Tools.Reports;

/// <summary>
/// The sample sales team around <see cref="SampleAccount"/>: three reps whose deals a manager's digest
/// flags (found by the real <see cref="StallDetector"/>), and three new hires' practice standing.
/// </summary>
internal static class SampleTeam
{
    public const string ManagerId = "mgr-gaoyang";

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static IReadOnlyDictionary<string, UserProfile> Reps { get; } = new[]
    {
        new UserProfile("rep-liming") { Name = "李明", ManagerId = ManagerId },
        new UserProfile("rep-wangfang") { Name = "王芳", ManagerId = ManagerId },
        new UserProfile("rep-zhouyu") { Name = "周宇", ManagerId = ManagerId },
    }.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The manager's digest on <see cref="SampleAccount.Today"/>, each critical gap first seen nine days before.</summary>
    public static TeamDigest Digest(NudgeOptions options)
    {
        var today = SampleAccount.Today;
        var detector = new StallDetector(GapRuleCatalog.CreateAnalyzer(), Options.Create(options));
        var stalled = Records()
            .Select(record => detector.Evaluate(record, today, detector.CriticalGaps(record.Deal, today), _ => today.AddDays(-9)))
            .OfType<StalledDeal>()
            .OrderBy(s => s.Findings[0].Reason)
            .ThenByDescending(s => s.DaysIdle)
            .ToList();
        return new TeamDigest(ManagerId, today, Reps, stalled);
    }

    /// <summary>Three new hires a few weeks in, mastery per section as the practice store would give it.</summary>
    public static IReadOnlyList<HireReadiness> Hires(QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return
        [
            Hire(bank, "hire-zhouxiaowen", "周晓雯", 0.8, 12, 3) with { IsNewHire = true },
            Hire(bank, "hire-wuhao", "吴昊", 0.45, 5, 8) with { IsNewHire = true },
            Hire(bank, "hire-zhengsiyuan", "郑思远", 0.15, 0, 14),
        ];
    }

    private static HireReadiness Hire(QuestionBank bank, string id, string name, double share, int streak, int due)
    {
        var sections = Enum.GetValues<MethodologySection>()
            .Select((section, index) =>
            {
                var total = bank.BySection(section).Count;
                // Earlier sections are practised first, so mastery falls off along the course.
                var reached = Math.Clamp(share * (1.4 - (0.1 * index)), 0, 1);
                return new SectionMastery(section, (int)Math.Round(total * reached * 0.6, MidpointRounding.AwayFromZero), total, reached);
            })
            .ToList();
        var progress = new PracticeProgress(sections, streak, due, sections.Sum(s => s.Total)) { LastPracticedOn = SampleAccount.Today.AddDays(streak > 0 ? 0 : -3) };
        return new HireReadiness(id, name, IsNewHire: false, progress);
    }

    private static IEnumerable<DealRecord> Records()
    {
        yield return new DealRecord(SampleAccount.Deal, "rep-liming")
        {
            CreatedAt = At(2025, 4, 8),
            UpdatedAt = At(2025, 6, 5),
            StageChangedAt = At(2025, 5, 6),
        };
        yield return new DealRecord(GearSteelDeal(), "rep-wangfang")
        {
            CreatedAt = At(2025, 3, 18),
            UpdatedAt = At(2025, 5, 30),
            StageChangedAt = At(2025, 4, 2),
        };
        yield return new DealRecord(RingSteelDeal(), "rep-zhouyu")
        {
            CreatedAt = At(2025, 5, 12),
            UpdatedAt = At(2025, 6, 6),
            StageChangedAt = At(2025, 5, 12),
        };
    }

    private static Deal GearSteelDeal() => new()
    {
        Id = new Guid("5a1e0000-0000-4000-8000-000000000101"),
        Customer = "江苏恒润重型机械有限公司",
        Name = "风电齿轮钢框架协议",
        Value = 9_200_000m,
        ExpectedCloseOn = new DateOnly(2025, 6, 6),
        Stage = BuyingJourneyStage.InternalApproval,
        Stakeholders =
        [
            new Stakeholder
            {
                Id = new Guid("5a1e0000-0000-4000-8000-000000000111"),
                Name = "马超",
                Title = "采购专员",
                Department = Department.Procurement,
                DecisionChainRoles = new HashSet<DecisionChainRole> { DecisionChainRole.ProcurementExecutor },
                SupportHistory = [new SupportAssessment { AssessedOn = new DateOnly(2025, 5, 30), Level = SupportLevel.Supports }],
                LastContactOn = new DateOnly(2025, 5, 30),
            },
        ],
    };

    private static Deal RingSteelDeal() => new()
    {
        Id = new Guid("5a1e0000-0000-4000-8000-000000000201"),
        Customer = "浙江天马精密轴承有限公司",
        Name = "轴承套圈用钢试单",
        Value = 2_400_000m,
        ExpectedCloseOn = new DateOnly(2025, 8, 15),
        Stage = BuyingJourneyStage.Exploring,
        DecisionMethod = DecisionMethod.TopDecides,
        Stakeholders =
        [
            new Stakeholder
            {
                Id = new Guid("5a1e0000-0000-4000-8000-000000000211"),
                Name = "黄海涛",
                Title = "董事长",
                Department = Department.DecisionLayer,
                DecisionChainRoles = new HashSet<DecisionChainRole> { DecisionChainRole.DecisionMaker, DecisionChainRole.Approver },
                LastContactOn = new DateOnly(2025, 5, 21),
            },
        ],
    };

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, ChinaOffset);
}
