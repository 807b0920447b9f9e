using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Conversations.Rep;
using SalesCoachBot.Web.Tests.Nudges;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations;

/// <summary>Before an answer that may take over a second, the chat shows the bot typing.</summary>
public sealed class WorkInProgressConversationTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Gaps_WithADeal_TypingPrecedesTheGapCard(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心");

        await rep.Command("gaps");

        var typing = rep.Chat.Replies.ToList().FindIndex(r => r.Type == ActivityTypes.Typing);
        var card = rep.Chat.Replies.ToList().FindIndex(r => r.Attachments is { Count: > 0 });
        Assert.True(typing >= 0, "no typing activity");
        Assert.True(card > typing, "the gap card came before the typing activity");
        Assert.Equal(rep.Text("Gaps.Title", rep.Text("Deal.Pick.Item", "华为", "数据中心")), rep.Chat.LastCardTexts()[0]);
    }

    [Fact]
    public async Task Team_ManagerAsksForTheDigest_TypingComesFirst()
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        var manager = new TeamsChat(factory, "zh-CN", userId: "29:mgr-wang", userName: "王芳");
        await manager.Install();
        await TeamSeed.AddAsync(factory.Services, "29:mgr-wang", "Asia/Shanghai", "29:rep-a");

        await manager.Send("团队");

        Assert.Equal(ActivityTypes.Typing, manager.Replies[0].Type);
        Assert.Contains(manager.Replies.Skip(1), r => r.Type == ActivityTypes.Message);
    }
}
