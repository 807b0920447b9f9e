using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Stage;
using SalesCoachBot.Coaching.Rep.Verification;

namespace SalesCoachBot.Coaching.Tests.Rep.Stage;

public sealed class StageCheckTests
{
    [Theory]
    [InlineData(BuyingJourneyStage.HasProblem)]
    [InlineData(BuyingJourneyStage.Exploring)]
    [InlineData(BuyingJourneyStage.InternalApproval)]
    [InlineData(BuyingJourneyStage.EvaluatingProducts)]
    [InlineData(BuyingJourneyStage.PurchaseDecision)]
    public void Judge_AllCuesPointToOneStage_ThatStageAt100(BuyingJourneyStage stage)
    {
        var answers = StageQuestions.All.Select(q => new VerificationAnswer(q.Id, stage.ToString())).ToList();

        var result = StageCheck.Judge(answers);

        Assert.Equal(stage, result.Stage);
        Assert.Equal(100, result.Confidence);
    }

    [Fact]
    public void Judge_MixedCues_MajorityStageWithPartialConfidence()
    {
        // Language and behaviour → Exploring, requests → InternalApproval, focus "don't know":
        // Exploring 2 of 4 questions → 50.
        VerificationAnswer[] answers =
        [
            new("SC-LANGUAGE", "Exploring"),
            new("SC-BEHAVIOUR", "Exploring"),
            new("SC-REQUESTS", "InternalApproval"),
            new("SC-FOCUS", StageQuestions.DontKnow),
        ];

        var result = StageCheck.Judge(answers);

        Assert.Equal(BuyingJourneyStage.Exploring, result.Stage);
        Assert.Equal(50, result.Confidence);
    }

    [Fact]
    public void Judge_Tie_PicksTheEarlierStage()
    {
        // 2 votes each: the customer is assumed less far along, so the earlier stage's core work is not skipped.
        VerificationAnswer[] answers =
        [
            new("SC-LANGUAGE", "PurchaseDecision"),
            new("SC-BEHAVIOUR", "EvaluatingProducts"),
            new("SC-REQUESTS", "PurchaseDecision"),
            new("SC-FOCUS", "EvaluatingProducts"),
        ];

        Assert.Equal(BuyingJourneyStage.EvaluatingProducts, StageCheck.Judge(answers).Stage);
    }

    [Fact]
    public void Judge_NoUsableAnswer_UnknownAtZero()
    {
        var result = StageCheck.Judge([new("SC-LANGUAGE", StageQuestions.DontKnow), new("SC-NOPE", "Exploring")]);

        Assert.Equal(new StageCheckResult(BuyingJourneyStage.Unknown, 0), result);
    }

    [Fact]
    public void GetCoreWork_InternalApproval_GivesTheCoursesCoreWorkInChinese()
    {
        var result = new StageCheckResult(BuyingJourneyStage.InternalApproval, 100);

        Assert.Equal("提供立项所需数据与模版。", result.GetCoreWork(CultureInfo.GetCultureInfo("zh-CN")));
    }
}
