using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>A coach whose word has not been verified (教练的验证): confidence below the verified threshold.</summary>
internal sealed class CoachUnverifiedRule : GapRule
{
    public override string Id => "CO-COACH-UNVERIFIED";

    public override int Rank => 50;

    public override CourseReference Source => Course.CoachVerification;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        foreach (var coach in deal.Coaches)
        {
            if (CoachCheck.Score(coach) is { IsVerified: false } result)
            {
                yield return Create(GapSeverity.High, GapFlow.CoachCheck, coach) with { DetailKeys = result.KeyReasons() };
            }
        }
    }
}
