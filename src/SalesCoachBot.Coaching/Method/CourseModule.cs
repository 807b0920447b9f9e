namespace SalesCoachBot.Coaching.Method;

/// <summary>
/// The course's five modules, one per course document, as users see them named: 《大客户营销：挑战与策略》,
/// 《大客户战略营销》, 《大客户关系营销》, 《大客户销售计划》, 《决策链分析》 (labels <c>Enum.CourseModule.*</c>).
/// The numbers are the documents' numbers (000–004) in the course index.
/// </summary>
public enum CourseModule
{
    KeyAccountMarketing = 0,
    StrategicMarketing = 1,
    RelationshipMarketing = 2,
    SalesPlan = 3,
    DecisionChainAnalysis = 4,
}
