using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// A decider we met once, long ago: the course asks for repeated interaction (积累信任—基于客户需求的反复互动),
/// and support moves. Stale = more than 30 days (ours).
/// </summary>
internal sealed class DeciderContactStaleRule : GapRule
{
    public override string Id => "DC-DECIDER-CONTACT-STALE";

    public override int Rank => 48;

    public override CourseReference Source => Course.WhyMeetDecisionLayer;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => s.HoldsDecidingRole && GapContext.IsStale(s, today)))
        {
            yield return Create(GapContext.Evaluating(deal) ? GapSeverity.High : GapSeverity.Medium, GapFlow.PreVisit, person);
        }
    }
}
