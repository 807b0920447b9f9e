using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Verification;

namespace SalesCoachBot.Coaching.Rep.Gaps.Cases;

/// <summary>
/// The course's own cases, as a rep would enter them on <see cref="Today"/>. Each names the passage it
/// replays; the chat tests (tests/…/Conversations/Cases) drive them through the real dialogs and the
/// case-replay report prints their top gaps. Expected gaps are what a trainer reads the case to teach.
/// </summary>
public static class CourseCases
{
    public static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly CourseReference SalesPlanStep1 = new("003", "一步，分析客户采购流程（A公司轴承招标）", MethodologySection.BuyingJourney, "BearingTender");
    private static readonly CourseReference SalesPlanStep2 = new("003", "二步，分析客户组织架构（B公司键盘会议）", MethodologySection.BuyingRolesAndDepartments, "KeyboardMeeting");
    private static readonly CourseReference XajtCase = new("004", "第三单元 案例分析：XAJT因决策审批者输单", MethodologySection.DecisionChain, "XajtCase");
    private static readonly CourseReference YnsnjtCase = new("004", "第三单元 案例分析：YNSNJT因决策方式输单", MethodologySection.DecisionChain, "DecisionMethodCases");
    private static readonly CourseReference Circling = new("004", "课程背景 一直在客户基层人员里“打转转”", MethodologySection.GapSources, "CirclingBasicStaff");
    private static readonly CourseReference FindingKp = new("000", "二、绘制权力地图 第二章 第二节 第二、如何寻找KP", MethodologySection.KeyPerson, "FindingKp");

    public static IReadOnlyList<CourseCase> All { get; } =
    [
        // 《大客户销售计划》二步: the rep knew only users; the office director coordinated and called off the change.
        new()
        {
            Id = "keyboard-meeting",
            Passage = SalesPlanStep2,
            Today = Today,
            DealForm = Deal("B公司", "更换键盘", "EvaluatingProducts", "RecommendThenApprove", confirmed: false),
            People =
            [
                Person("王主任", "DecisionLayer", "DecisionMaker,Approver", title: "总经理办公室主任"),
                Person("周工", "Technical", "Evaluator", title: "技术部工程师"),
                Person("小黄", null, "Evaluator", title: "财务部", more: [("functionalTypes", "Finance")]),
                Person("小李", "UserDepartment", "Influencer", "Neutral", "2026-03-02", title: "市场部"),
                Person("小王", "UserDepartment", "Influencer", "Champions", "2026-03-04", title: "销售部"),
            ],
            ExpectedTop = ["DC-LOW-LEVEL-ONLY", "DC-DECISION-LAYER-NOT-MET", "DC-DEPARTMENT-UNTOUCHED"],
            ExpectedStatus = HealthStatus.Red,
        },

        // 《大客户销售计划》一步: the tender goes through technical screening, the project team and the GM; the rep works procurement only.
        new()
        {
            Id = "bearing-tender",
            Passage = SalesPlanStep1,
            Today = Today,
            DealForm = Deal("A公司", "钢材原料招标", "EvaluatingProducts", "RecommendThenApprove", confirmed: false),
            People =
            [
                Person("刘经理", "Procurement", "DecisionMaker,ProcurementExecutor", "Supports", "2026-03-05", title: "采购部经理", more: [("buyingRoles", "Purchases,Decides")]),
                Person("吴工", "Technical", "Evaluator", title: "技术部"),
                Person("郑组长", "Technical", "Evaluator", title: "项目小组", more: [("buyingRoles", "SetsCriteria")]),
                Person("总经理", "DecisionLayer", "Approver", title: "总经理"),
            ],
            ExpectedTop = ["DC-LOW-LEVEL-ONLY", "DC-DECISION-LAYER-NOT-MET", "DC-PROCUREMENT-AS-DECIDER"],
            ExpectedStatus = HealthStatus.Red,
        },

        // 《决策链分析》第三单元, XAJT: lost to the approver; two weeks before the purchase decision he has never been met.
        new()
        {
            Id = "xajt-approver",
            Passage = XajtCase,
            Today = Today,
            DealForm = Deal("XAJT", "集团采购", "PurchaseDecision", "RecommendThenApprove", confirmed: true, closeOn: "2026-03-24"),
            People = [.. Chain(approverMet: false)],
            KeyPerson = new("张总", Best(KeyPersonQuestions.Set)),
            Coaches = [new("赵工", Best(CoachQuestions.Set))],
            ExpectedTop = ["DC-DECISION-LAYER-NOT-MET", "ST-CORE-WORK-NOT-DONE"],
            ExpectedStatus = HealthStatus.Red,
        },

        // 《决策链分析》第三单元, YNSNJT: lost on the decision method; the rep stores 高层确定 while a panel scores.
        Ynsnjt("ynsnjt-method-believed", "TopDecides", ["DM-METHOD-CONTRADICTS-MAP", "DC-DEPARTMENT-UNTOUCHED", "SU-SUPPORTERS-OUTNUMBERED"]),

        // The same deal with the method left unknown.
        Ynsnjt("ynsnjt-method-unknown", "Unknown", ["DM-METHOD-UNKNOWN", "DC-DEPARTMENT-UNTOUCHED", "SU-SUPPORTERS-OUTNUMBERED"]),

        // 《决策链分析》课程背景: circling among the basic staff and feeling fine about it.
        new()
        {
            Id = "circling-basic-staff",
            Passage = Circling,
            Today = Today,
            DealForm = Deal("C集团", "信息化项目", "InternalApproval", "Unknown", confirmed: false),
            People = BasicStaff,
            ExpectedTop = ["DC-NO-DECISION-MAKER", "DC-LOW-LEVEL-ONLY", "DC-NO-APPROVER"],
            ExpectedStatus = HealthStatus.Red,
        },

        // The same, with a vice president on the map whom the rep has never met.
        new()
        {
            Id = "circling-with-vp",
            Passage = Circling,
            Today = Today,
            DealForm = Deal("C集团", "信息化项目", "InternalApproval", "Unknown", confirmed: false),
            People = [.. BasicStaff, Person("周副总", "DecisionLayer", "DecisionMaker", title: "副总裁")],
            ExpectedTop = ["DC-LOW-LEVEL-ONLY", "DC-NO-APPROVER", "DC-DECISION-LAYER-NOT-MET"],
            ExpectedStatus = HealthStatus.Red,
        },

        // 《大客户营销：挑战与策略》如何寻找KP: each mistake on an otherwise well-covered deal.
        KpMistake("kp-guessed", (KeyPersonQuestions.Source, KeyPersonQuestions.SourceGuess), ["KP-GUESSED", "ST-CORE-WORK-NOT-DONE"], HealthStatus.Red),
        KpMistake("kp-familiar-only", (KeyPersonQuestions.WholeChain, "Familiar"), ["KP-UNVERIFIED", "ST-CORE-WORK-NOT-DONE"], HealthStatus.Amber),
        KpMistake("kp-cover-everyone", (KeyPersonQuestions.WholeChain, "Everyone"), ["KP-UNVERIFIED", "ST-CORE-WORK-NOT-DONE"], HealthStatus.Amber),
        KpMistake("kp-exposed", (KeyPersonQuestions.Discreet, "No"), ["KP-UNVERIFIED", "ST-CORE-WORK-NOT-DONE"], HealthStatus.Amber),
        KpMistake("kp-over-expected", (KeyPersonQuestions.Expectations, "No"), ["KP-OVER-RELIED", "ST-CORE-WORK-NOT-DONE"], HealthStatus.Amber),
        KpMistake("kp-personnel-change", (KeyPersonQuestions.PersonnelChange, "Confirmed"), ["PC-PERSONNEL-CHANGE", "ST-CORE-WORK-NOT-DONE"], HealthStatus.Red, kpChanged: true),
    ];

    public static CourseCase Find(string id) => All.First(c => c.Id == id);

    private static IReadOnlyList<CasePerson> BasicStaff =>
    [
        Person("小张", "UserDepartment", "Influencer", "Supports", "2026-03-06", title: "使用部门主管"),
        Person("小刘", "Technical", "Evaluator", "Supports", "2026-03-05", title: "工程师"),
        Person("小陈", "UserDepartment", "Influencer", "Champions", "2026-03-08", title: "专员"),
    ];

    private static CourseCase Ynsnjt(string id, string method, IReadOnlyList<string> top) => new()
    {
        Id = id,
        Passage = YnsnjtCase,
        Today = Today,
        DealForm = Deal("YNSNJT", "集团平台", "EvaluatingProducts", method, confirmed: false),
        People =
        [
            Person("王总", "DecisionLayer", "DecisionMaker,Approver", "Supports", "2026-03-05", title: "总经理"),
            Person("评委甲", "Technical", "Evaluator", "Neutral", "2026-03-01", title: "技术专家", more: [("buyingRoles", "SetsCriteria")]),
            Person("评委乙", "Technical", "Evaluator", title: "技术专家", more: [("buyingRoles", "SetsCriteria")]),
            Person("评委丙", "UserDepartment", "Evaluator", title: "使用部门代表", more: [("buyingRoles", "SetsCriteria")]),
        ],
        KeyPerson = new("王总", Best(KeyPersonQuestions.Set)),
        ExpectedTop = top,
        ExpectedStatus = HealthStatus.Red,
    };

    private static CourseCase KpMistake(string id, (string Question, string Option) mistake, IReadOnlyList<string> top, HealthStatus status, bool kpChanged = false) => new()
    {
        Id = id,
        Passage = FindingKp,
        Today = Today,
        DealForm = Deal("D集团", "生产系统", "EvaluatingProducts", "RecommendThenApprove", confirmed: true),
        People = [.. Chain(approverMet: true, kpChanged)],
        KeyPerson = new("张总", Best(KeyPersonQuestions.Set, mistake)),
        Coaches = [new("赵工", Best(CoachQuestions.Set))],
        ExpectedTop = top,
        ExpectedStatus = status,
    };

    // A well-covered chain: every role held by someone met this month who supports us, bar procurement (neutral).
    private static IEnumerable<CasePerson> Chain(bool approverMet, bool kpChanged = false)
    {
        yield return Person("张总", "DecisionLayer", "DecisionMaker", "Supports", "2026-03-05", title: "总经理", more: kpChanged ? [("personnelChange", "true")] : []);
        yield return approverMet
            ? Person("李董", "DecisionLayer", "Approver", "Supports", "2026-03-02", title: "集团董事")
            : Person("李董", "DecisionLayer", "Approver", title: "集团董事");
        yield return Person("赵工", "Technical", "Evaluator", "Supports", "2026-03-06", title: "总工程师");
        yield return Person("陈经理", "Procurement", "ProcurementExecutor", "Neutral", "2026-03-04", title: "采购经理");
        yield return Person("孙主管", "UserDepartment", "Influencer", "Supports", "2026-03-03", title: "车间主任");
    }

    private static Dictionary<string, string> Deal(string customer, string name, string stage, string method, bool confirmed, string closeOn = "2026-09-30") => new()
    {
        ["customer"] = customer,
        ["name"] = name,
        ["value"] = "1000000",
        ["closeOn"] = closeOn,
        ["stage"] = stage,
        ["decisionMethod"] = method,
        ["decisionMethodConfirmed"] = confirmed ? "true" : "false",
    };

    private static CasePerson Person(string name, string? department, string roles, string? support = null, string? lastContact = null, string title = "", IReadOnlyList<(string Key, string Value)>? more = null)
    {
        var form = new Dictionary<string, string> { ["name"] = name, ["title"] = title, ["decisionChainRoles"] = roles };
        if (department is not null)
        {
            form["department"] = department;
        }

        if (support is not null)
        {
            form["support"] = support;
        }

        if (lastContact is not null)
        {
            form["lastContact"] = lastContact;
        }

        foreach (var (key, value) in more ?? [])
        {
            form[key] = value;
        }

        return new CasePerson(name, form);
    }

    private static Dictionary<string, string> Best(VerificationQuestionSet set, params (string Question, string Option)[] overrides)
    {
        var answers = set.Questions.ToDictionary(q => q.Id, q => q.Options.MaxBy(o => o.Weight)!.Id);
        foreach (var (question, option) in overrides)
        {
            answers[question] = option;
        }

        return answers;
    }
}
