using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.TestSupport.Connector;

namespace SalesCoachBot.Protocol.Tests.Turns;

/// <summary>A short confirmation said with what the turn sends next, in one activity.</summary>
public sealed class TurnContextLeadTextTests
{
    private static readonly AdaptiveCard Card = new() { Body = [new TextBlock("缺口") { Wrap = true }] };

    [Fact]
    public async Task LeadText_GoesAboveTheNextCardNotWithTheTypingIndicator()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Message(), connector);

        turn.AddLeadText("已保存张总。");
        await turn.SendTypingAsync(CancellationToken.None);
        await turn.SendCardAsync(Card, "缺口", CancellationToken.None);
        await turn.FlushLeadTextAsync(CancellationToken.None);

        var sent = connector.SentActivities;
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], sent.Select(a => a.Type));
        Assert.Null(sent[0].Text);
        Assert.Equal("已保存张总。", sent[1].Text);
        Assert.Single(sent[1].Attachments!);
    }

    [Fact]
    public async Task LeadTextNoMessageTook_SentAloneOnceWhenFlushed()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Message(), connector);

        turn.AddLeadText("已创建项目。");
        turn.AddLeadText("已设为当前项目。");
        await turn.FlushLeadTextAsync(CancellationToken.None);
        await turn.FlushLeadTextAsync(CancellationToken.None);

        var sent = Assert.Single(connector.SentActivities);
        Assert.Equal("已创建项目。\n\n已设为当前项目。", sent.Text);
        Assert.Null(sent.Attachments);
    }

    [Fact]
    public async Task ExecutePress_TheCardReplacingThePressedOneLeavesTheLeadTextToTheNextMessage()
    {
        var connector = new RecordingConnectorClient();
        var turn = new TurnContext(Message() with { Type = ActivityTypes.Invoke, Name = InvokeNames.AdaptiveCardAction }, connector);
        turn.ReplacePressedCardWithNextCard();

        turn.AddLeadText("已保存。");
        await turn.SendCardAsync(Card, null, CancellationToken.None);
        await turn.SendTextAsync("下一步：核实关键人。", CancellationToken.None);

        Assert.Equal(InvokeResponse.AdaptiveCardType, turn.InvokeResponse?.Type);
        var sent = Assert.Single(connector.SentActivities);
        Assert.Equal("已保存。\n\n下一步：核实关键人。", sent.Text);
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Conversation = new ConversationAccount { Id = "a:chat", ConversationType = "personal" },
        From = new ChannelAccount { Id = "29:rep" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Text = "保存",
    };
}
