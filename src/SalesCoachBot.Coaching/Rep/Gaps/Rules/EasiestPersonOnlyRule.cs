using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// All recent effort on one person who does not decide, while the rest of the chain goes unvisited
/// (将所有精力花在最好接触的客户角色,“掩耳盗铃”式的忽略其他关键角色). A rep who met only one person ever
/// has DC-SINGLE-THREADED instead.
/// </summary>
internal sealed class EasiestPersonOnlyRule : GapRule
{
    public override string Id => "DC-EASIEST-ONLY";

    public override int Rank => 58;

    public override CourseReference Source => Course.EasiestRoleOnly;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        var everContacted = deal.Stakeholders.Count(s => s.HasBeenContacted);
        var recent = deal.Stakeholders.Where(s => s.HasBeenContacted && !GapContext.IsStale(s, today)).ToList();
        var othersInChain = deal.DecisionChain.Count(s => recent.All(r => r.Id != s.Id));
        if (everContacted >= 2 && recent.Count == 1 && !GapContext.IsDecider(recent[0]) && othersInChain >= 2)
        {
            yield return Create(GapContext.PastExploring(deal) ? GapSeverity.High : GapSeverity.Medium, GapFlow.Stakeholders, recent[0]);
        }
    }
}
