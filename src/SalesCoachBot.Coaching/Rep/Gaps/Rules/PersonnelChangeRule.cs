using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A personnel change (人事变化) touches the KP, the coach or someone in the decision chain: the map must be redrawn.</summary>
internal sealed class PersonnelChangeRule : GapRule
{
    public override string Id => "PC-PERSONNEL-CHANGE";

    public override int Rank => 80;

    public override bool CanBeCritical => true;

    public override CourseReference Source => Course.PersonnelChange;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.Stakeholders.Where(s => s.PersonnelChange && (s.IsInDecisionChain || s.IsCoach || s.Id == deal.KeyPersonId)))
        {
            var critical = person.Id == deal.KeyPersonId || person.HoldsDecidingRole;
            yield return Create(critical ? GapSeverity.Critical : GapSeverity.High, GapFlow.Stakeholders, person);
        }
    }
}
