using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// The last visit held ended without an effective action commitment (有效行动承诺): none, an element
/// missing, or a sign not confirmed.
/// </summary>
internal sealed class NoActionCommitmentRule : GapRule
{
    public override string Id => "VI-NO-ACTION-COMMITMENT";

    public override int Rank => 44;

    public override CourseReference Source => Course.ActionCommitment;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        var last = deal.Visits.Where(v => v.Held && v.Date <= today).MaxBy(v => v.Date);
        if (last is not null && last.Commitment?.IsEffective != true)
        {
            yield return Create(GapSeverity.High, GapFlow.Debrief, arguments: last.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
