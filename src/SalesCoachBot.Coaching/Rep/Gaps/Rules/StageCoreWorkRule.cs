using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// The current stage's core work (购买旅程各个阶段销售主要工作) is not marked done. The next action is the
/// stage's own core work, so the keys depend on the stage: <c>Gap.ST-CORE-WORK-NOT-DONE.Message</c>
/// and <c>Stage.CoreWork.{stage}</c>.
/// </summary>
internal sealed class StageCoreWorkRule : GapRule
{
    public override string Id => "ST-CORE-WORK-NOT-DONE";

    public override int Rank => 28;

    public override CourseReference Source => Course.StageCoreWork;

    public override IEnumerable<Gap> Evaluate(Deal deal, DateOnly today)
    {
        if (deal.Stage != BuyingJourneyStage.Unknown && !deal.StagesWithCoreWorkDone.Contains(deal.Stage))
        {
            yield return Create(GapSeverity.Medium, GapFlow.StageCheck) with
            {
                MessageKey = $"Gap.{Id}.Message.{deal.Stage}",
                NextActionKey = $"Stage.CoreWork.{deal.Stage}",
            };
        }
    }
}
