using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Stage;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

public sealed class StageAndDebriefConversationTests
{
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task StageCheck_AnswersPointToEvaluation_ShowsCoreWorkAndSetsTheStageWhenAsked(string locale)
    {
        var clock = Clock();
        await using var factory = new BotWebApplicationFactory(timeProvider: clock);
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("腾讯", "云迁移");
        var created = await rep.OnlyDealAsync();

        await rep.Command("stage");
        const string evaluating = nameof(BuyingJourneyStage.EvaluatingProducts);
        await rep.Save(new Dictionary<string, string> { ["SC-LANGUAGE"] = evaluating, ["SC-BEHAVIOUR"] = evaluating, ["SC-REQUESTS"] = evaluating, ["SC-FOCUS"] = StageQuestions.DontKnow });

        var result = new StageCheckResult(BuyingJourneyStage.EvaluatingProducts, 75);
        var stage = CoachingText.Label(BuyingJourneyStage.EvaluatingProducts, rep.Culture);
        Assert.Equal(rep.Text("Stage.Result", stage, 75), rep.Chat.LastCardTexts()[0]);
        Assert.Contains(rep.Text("Stage.CoreWork", result.GetCoreWork(rep.Culture)), rep.Chat.LastCardTexts());

        clock.Advance(TimeSpan.FromHours(1));
        await rep.Press(rep.Text("Stage.Apply", stage));
        Assert.Contains(rep.Text("Stage.Applied", stage), rep.Chat.Texts());
        var record = await rep.OnlyDealAsync();
        Assert.Equal(BuyingJourneyStage.EvaluatingProducts, record.Deal.Stage);
        Assert.Equal(created.StageChangedAt + TimeSpan.FromHours(1), record.StageChangedAt);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task StageCheck_CoreWorkMarkedDone_ClosesTheStageCoreWorkGap(string locale)
    {
        var clock = Clock();
        await using var factory = new BotWebApplicationFactory(timeProvider: clock);
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "园区网络");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Assert.Contains("ST-CORE-WORK-NOT-DONE", rep.GapRuleIds((await rep.OnlyDealAsync()).Deal, today));

        await rep.Command("stage");
        const string exploring = nameof(BuyingJourneyStage.Exploring);
        await rep.Save(new Dictionary<string, string> { ["SC-LANGUAGE"] = exploring, ["SC-BEHAVIOUR"] = exploring, ["SC-REQUESTS"] = exploring, ["SC-FOCUS"] = StageQuestions.DontKnow });
        await rep.Press(rep.Text("Stage.Keep"), new Dictionary<string, string> { ["coreWorkDone"] = "true" });

        var deal = (await rep.OnlyDealAsync()).Deal;
        Assert.Contains(BuyingJourneyStage.Exploring, deal.StagesWithCoreWorkDone);
        Assert.DoesNotContain("ST-CORE-WORK-NOT-DONE", rep.GapRuleIds(deal, today));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Debrief_EffectiveCommitment_VisitHeldSupportReassessedLastContactUpdated(string locale)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Clock());
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("阿里", "数据中台");
        await rep.AddPersonAsync(new { name = "王总", decisionChainRoles = "DecisionMaker", support = "Neutral", lastContact = "2026-02-01" });
        await rep.AddPersonAsync(new { name = "赵经理", decisionChainRoles = "Evaluator" });
        var person = (await rep.OnlyDealAsync()).Deal.Stakeholders[0];

        await rep.Command("debrief");
        await rep.Save(new Dictionary<string, string>
        {
            ["visitDate"] = "2026-03-09",
            ["met"] = person.Id.ToString("D"),
            ["action"] = "安排技术交流",
            ["committedBy"] = person.Id.ToString("D"),
            ["dueOn"] = "2026-03-20",
            ["dealProgress"] = "进入评估",
            ["signs"] = "CustomerTakesAction,MovesDealForward,SpecificAndDated",
            [$"support-{person.Id:N}"] = "Champions",
        });

        Assert.Contains(rep.Text("Debrief.Effective"), rep.TurnCardTexts());
        var deal = (await rep.OnlyDealAsync()).Deal;
        var visit = Assert.Single(deal.Visits);
        Assert.True(visit.Held);
        Assert.True(visit.Commitment!.IsEffective);
        Assert.Equal([person.Id], visit.StakeholderIds);
        var met = deal.Stakeholders[0];
        Assert.Equal(new DateOnly(2026, 3, 9), met.LastContactOn);
        Assert.Equal([SupportLevel.Champions, SupportLevel.Neutral], met.SupportHistory.Select(a => a.Level));
        Assert.Equal(SupportLevel.Champions, met.CurrentSupport!.Level);
        Assert.Null(deal.Stakeholders[1].LastContactOn);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Debrief_NothingCommitted_SaysTheVisitDidNotMoveTheDeal(string locale)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Clock());
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("阿里", "数据中台");
        await rep.AddPersonAsync(new { name = "王总", decisionChainRoles = "DecisionMaker" });
        var person = (await rep.OnlyDealAsync()).Deal.Stakeholders[0];

        await rep.Command("debrief");
        await rep.Save(new Dictionary<string, string> { ["visitDate"] = "2026-03-09", ["met"] = person.Id.ToString("D"), ["action"] = string.Empty });

        Assert.Contains(rep.Text("Debrief.NoCommitment"), rep.TurnCardTexts());
        Assert.Null(Assert.Single((await rep.OnlyDealAsync()).Deal.Visits).Commitment);
    }
}
