namespace SalesCoachBot.Coaching.Method;

/// <summary>The course passages the gap rules cite, in the seeds' own chapter and unit titles.</summary>
internal static class Course
{
    public static readonly CourseReference DecisionChainRoles = new("004", "第三单元 客户决策链5种角色", MethodologySection.DecisionChain, nameof(DecisionChainRoles));
    public static readonly CourseReference DecisionMethods = new("004", "第三单元 客户内部3种决策方式", MethodologySection.DecisionChain, nameof(DecisionMethods));
    public static readonly CourseReference SupportQuantified = new("004", "第三单元 客户支持度的量化和评估", MethodologySection.DecisionChain, nameof(SupportQuantified));
    public static readonly CourseReference SupportReassessed = new("004", "第四单元 重新评估客户支持度", MethodologySection.DecisionChain, nameof(SupportReassessed));
    public static readonly CourseReference Coach = new("004", "第一单元 获取情报的重要角色——教练", MethodologySection.IntelligenceAndCoach, nameof(Coach));
    public static readonly CourseReference CoachVerification = new("004", "第一单元 教练的“验证”", MethodologySection.IntelligenceAndCoach, nameof(CoachVerification));
    public static readonly CourseReference WhoIsKeyPerson = new("000", "二、绘制权力地图 第二章 第二节 谁才是关键人", MethodologySection.KeyPerson, nameof(WhoIsKeyPerson));
    public static readonly CourseReference WrongKeyPerson = new("000", "二、绘制权力地图 第二章 第二节 二、KP搞错", MethodologySection.KeyPerson, nameof(WrongKeyPerson));
    public static readonly CourseReference PersonnelChange = new("000", "二、绘制权力地图 第二章 第二节 四、人事变化", MethodologySection.KeyPerson, nameof(PersonnelChange));
    public static readonly CourseReference UnknownIsRisk = new("000", "二、绘制权力地图 第二章 第三节 未知就是风险", MethodologySection.PowerMap, nameof(UnknownIsRisk));
    public static readonly CourseReference WhyMeetDecisionLayer = new("000", "一、角色一:决策层 第一章 为什么见决策层", MethodologySection.BuyingRolesAndDepartments, nameof(WhyMeetDecisionLayer));
    public static readonly CourseReference CirclingBasicStaff = new("004", "课程背景 一直在客户基层人员里“打转转”", MethodologySection.GapSources, nameof(CirclingBasicStaff));
    public static readonly CourseReference CustomerAsOneWhole = new("004", "课程背景 将客户看成一个整体,盲目认为对接人说的就是全面的、真实的", MethodologySection.GapSources, nameof(CustomerAsOneWhole));
    public static readonly CourseReference BuyingJourneyStages = new("004", "第二单元 客户采购旅程的5个阶段", MethodologySection.BuyingJourney, nameof(BuyingJourneyStages));
    public static readonly CourseReference StageCoreWork = new("004", "第二单元 购买旅程各个阶段销售主要工作", MethodologySection.BuyingJourney, nameof(StageCoreWork));
    public static readonly CourseReference PreVisitPreparation = new("004", "第五单元 重要拜访前的准备工作", MethodologySection.ImportantVisit, nameof(PreVisitPreparation));
    public static readonly CourseReference ActionCommitment = new("004", "第五单元 如何获取有效行动承诺", MethodologySection.ImportantVisit, nameof(ActionCommitment));
    public static readonly CourseReference KpBasis = new("000", "二、绘制权力地图 第二章 第二节 第三、判断关键人依据", MethodologySection.KeyPerson, nameof(KpBasis));
    public static readonly CourseReference MisusedKeyPerson = new("000", "二、绘制权力地图 第二章 第二节 三、错用KP", MethodologySection.KeyPerson, nameof(MisusedKeyPerson));
    public static readonly CourseReference BuyingRoles = new("000", "二、绘制权力地图 第二章 第一节 购买角色分析", MethodologySection.BuyingRolesAndDepartments, nameof(BuyingRoles));
    public static readonly CourseReference ProcurementCannotChoose = new("000", "角色二、采购部门 第一章 第二节 通常没有决定选择哪一家的权力", MethodologySection.BuyingRolesAndDepartments, nameof(ProcurementCannotChoose));
    public static readonly CourseReference DontIgnoreAnyone = new("000", "二、绘制权力地图 第二章 第三节 第二、不要忽视每一个人", MethodologySection.PowerMap, nameof(DontIgnoreAnyone));
    public static readonly CourseReference EasiestRoleOnly = new("004", "课程背景 将所有精力花在最好接触的客户角色", MethodologySection.GapSources, nameof(EasiestRoleOnly));
    public static readonly CourseReference OrganisationStructure = new("003", "二步，分析客户组织架构", MethodologySection.BuyingRolesAndDepartments, nameof(OrganisationStructure));
    public static readonly CourseReference DecisionMethodCases = new("004", "第三单元 案例分析：YNSNJT因决策方式输单", MethodologySection.DecisionChain, nameof(DecisionMethodCases));
    public static readonly CourseReference ManagementStyles = new("000", "一、角色一：决策层 第四章 预测决策层管理风格", MethodologySection.BuyingRolesAndDepartments, nameof(ManagementStyles));
}
