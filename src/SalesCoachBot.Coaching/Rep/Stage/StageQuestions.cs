using SalesCoachBot.Coaching.Method;


namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>
/// The stage check (seed 004 unit 2): one question per cue — the customer's language, behaviour and
/// requests — and one on the customer's focus at each stage (购买旅程各个阶段客户主要关注点). Each option
/// points to the stage whose definition it matches.
/// </summary>
public static class StageQuestions
{
    public const string DontKnow = "DontKnow";

    public static IReadOnlyList<StageQuestion> All { get; } =
    [
        Question("SC-LANGUAGE", StageCue.Language),
        Question("SC-BEHAVIOUR", StageCue.Behaviour),
        Question("SC-REQUESTS", StageCue.Requests),
        Question("SC-FOCUS", StageCue.Focus),
    ];

    // Every question offers one option per stage, named after the stage, plus "don't know".
    private static StageQuestion Question(string id, StageCue cue) => new(id, cue,
    [
        new(nameof(BuyingJourneyStage.HasProblem), BuyingJourneyStage.HasProblem),
        new(nameof(BuyingJourneyStage.Exploring), BuyingJourneyStage.Exploring),
        new(nameof(BuyingJourneyStage.InternalApproval), BuyingJourneyStage.InternalApproval),
        new(nameof(BuyingJourneyStage.EvaluatingProducts), BuyingJourneyStage.EvaluatingProducts),
        new(nameof(BuyingJourneyStage.PurchaseDecision), BuyingJourneyStage.PurchaseDecision),
        new(DontKnow, BuyingJourneyStage.Unknown),
    ]);
}
