using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

public sealed class RepCommandsConversationTests
{
    /// <summary>The titles of manifest/manifest.json and manifest/zh-cn.json, as the Teams command menu sends them.</summary>
    [Theory]
    [InlineData("en-US", "prep", "Prep.Title")]
    [InlineData("en-US", "deals", "Deal.Pick.Prompt")]
    [InlineData("en-US", "gaps", "Gaps.Title")]
    [InlineData("en-US", "people", "People.Title")]
    [InlineData("en-US", "stage", "Stage.Title")]
    [InlineData("zh-CN", "准备拜访", "Prep.Title")]
    [InlineData("zh-CN", "我的项目", "Deal.Pick.Prompt")]
    [InlineData("zh-CN", "缺口", "Gaps.Title")]
    [InlineData("zh-CN", "人员", "People.Title")]
    [InlineData("zh-CN", "阶段", "Stage.Title")]
    public async Task TeamsMenuCommand_WithADeal_OpensItsFlowOnThatDeal(string locale, string typed, string titleKey)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心");

        await rep.Send(typed);

        var deal = rep.Text("Deal.Pick.Item", "华为", "数据中心");
        Assert.Equal(titleKey == "Deal.Pick.Prompt" ? rep.Text(titleKey) : rep.Text(titleKey, deal), rep.Chat.LastCardTexts()[0]);
    }

    [Theory]
    [InlineData("en-US", "debrief")]
    [InlineData("zh-CN", "拜访总结")]
    public async Task Debrief_NoPeopleYet_AsksToAddThemFirst(string locale, string typed)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心");

        await rep.Send(typed);

        Assert.Equal(rep.Text("Debrief.NoPeople"), rep.Chat.LastText());
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Deals_TwoDeals_ListedMostRecentFirst_PickedOneBecomesCurrent(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心");
        await rep.NewDealAsync("腾讯", "云迁移");

        await rep.Command("deals");
        Assert.Equal(
            [rep.Text("Deal.Pick.Item", "腾讯", "云迁移"), rep.Text("Deal.Pick.Item", "华为", "数据中心"), rep.Text("Deal.Pick.New")],
            rep.Chat.LastCardButtons());

        await rep.Press(rep.Text("Deal.Pick.Item", "华为", "数据中心"));
        Assert.Equal(rep.Text("Gaps.Title", rep.Text("Deal.Pick.Item", "华为", "数据中心")), rep.Chat.LastCardTexts()[0]);

        await rep.Command("gaps");
        Assert.Equal(rep.Text("Gaps.Title", rep.Text("Deal.Pick.Item", "华为", "数据中心")), rep.Chat.LastCardTexts()[0]);
    }

    [Theory]
    [InlineData("zh-CN", "帮助")]
    [InlineData("en-US", "help")]
    public async Task Help_InTheMiddleOfTheChecklist_ExplainsTheChecklistAndKeepsItOpen(string locale, string help)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心");
        await rep.Command("prep");

        await rep.Send(help);
        Assert.Equal(rep.Text("Help.prep"), rep.Chat.LastText());

        await rep.Save(new { needsPreset = "扩容" });
        Assert.Contains(rep.Text("Prep.Progress", 1, 6), rep.TurnTexts());
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task GapCard_DecisionMethodUnknown_ItsButtonEditsTheDealAndTheGapCloses(string locale)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero)));
        var rep = new RepSession(factory, locale);
        await rep.Command("deals");
        await rep.Save(new { customer = "华为", name = "数据中心", stage = "Exploring", decisionMethod = "Unknown" });
        var today = new DateOnly(2026, 3, 10);
        Assert.Contains("DM-METHOD-UNKNOWN", rep.GapRuleIds((await rep.OnlyDealAsync()).Deal, today));

        await rep.Press(CoachingText.Label(GapFlow.DealDetails, rep.Culture));
        Assert.Contains("数据中心", rep.Chat.LastCard().GetRawText(), StringComparison.Ordinal);
        await rep.Save(new { customer = "华为", name = "数据中心", stage = "Exploring", decisionMethod = "TopDecides" });

        var deal = (await rep.OnlyDealAsync()).Deal;
        Assert.Equal(DecisionMethod.TopDecides, deal.DecisionMethod);
        Assert.DoesNotContain("DM-METHOD-UNKNOWN", rep.GapRuleIds(deal, today));
        Assert.DoesNotContain(rep.Chat.LastCardButtons(), b => b == CoachingText.Label(GapFlow.DealDetails, rep.Culture));
    }
}
