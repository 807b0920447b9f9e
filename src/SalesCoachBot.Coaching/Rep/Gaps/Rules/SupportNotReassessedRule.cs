using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Someone in the decision chain whose support was never assessed, or not re-assessed for 30 days (重新评估客户支持度).</summary>
internal sealed class SupportNotReassessedRule : GapRule
{
    /// <summary>Support older than this many days counts as not re-assessed.</summary>
    internal const int MaxAgeDays = 30;

    public override string Id => "SU-NOT-REASSESSED";

    public override int Rank => 26;

    public override CourseReference Source => Course.SupportReassessed;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var person in deal.DecisionChain)
        {
            var latest = person.CurrentSupport;
            if (latest is null || today.DayNumber - latest.AssessedOn.DayNumber > MaxAgeDays)
            {
                var gap = Create(GapSeverity.Medium, GapFlow.SupportReview, person);
                yield return latest is null ? gap with { MessageKey = $"Gap.{Id}.Message.Never" } : gap;
            }
        }
    }
}
