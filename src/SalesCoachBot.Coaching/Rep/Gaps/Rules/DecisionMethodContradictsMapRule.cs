using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// The stored decision method against the map: 高层确定,团队执行 while several evaluators set the bid
/// criteria (定标的人) — a scoring panel in all but name, the YNSNJT loss — or while the top's management
/// style (参与型/授权型) hands the choice to the team.
/// </summary>
internal sealed class DecisionMethodContradictsMapRule : GapRule
{
    /// <summary>From this many evaluators who set the criteria, "the top decides" is doubtful (ours).</summary>
    internal const int PanelFrom = 2;

    public override string Id => "DM-METHOD-CONTRADICTS-MAP";

    public override int Rank => 82;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.DecisionMethodCases;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.DecisionMethod != DecisionMethod.TopDecides)
        {
            yield break;
        }

        var severity = GapContext.Evaluating(deal) ? GapSeverity.Critical : GapSeverity.High;
        var panel = deal.Holding(DecisionChainRole.Evaluator).Count(s => s.BuyingRoles.Contains(BuyingRole.SetsCriteria));
        if (panel >= PanelFrom)
        {
            yield return Create(severity, GapFlow.DealDetails, arguments: panel.ToString(CultureInfo.InvariantCulture)) with { MessageKey = $"Gap.{Id}.Message.Panel" };
            yield break;
        }

        var delegating = deal.Stakeholders.FirstOrDefault(s =>
            s.HoldsDecidingRole && s.ManagementStyle is ManagementStyle.Participating or ManagementStyle.Delegating);
        if (delegating is not null)
        {
            yield return Create(severity, GapFlow.DealDetails, delegating) with { MessageKey = $"Gap.{Id}.Message.Style" };
        }
    }
}
