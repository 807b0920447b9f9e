using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Conversations.Rep;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>A deal the rep closed from the chat is not chased: not in the manager's digest, not pinged, listed after the open ones.</summary>
public sealed class ClosedDealConversationTests : IAsyncDisposable
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    // Tuesday 2026-03-10, 08:00 in Shanghai.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
    private readonly BotWebApplicationFactory _factory;
    private readonly RepSession _rep;
    private readonly TeamsChat _manager;

    public ClosedDealConversationTests()
    {
        _factory = new BotWebApplicationFactory(timeProvider: _clock, settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        _rep = new RepSession(_factory, "zh-CN", userId: "29:rep-a", userName: "李明");
        _manager = new TeamsChat(_factory, "zh-CN", userId: "29:mgr", userName: "王芳");
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Digest_RepClosesAStalledDeal_NextDigestListsOnlyTheOtherStalledDeal()
    {
        await TeamSeed.AddAsync(_factory.Services, "29:mgr", "Asia/Shanghai", "29:rep-a");
        await _rep.NewDealAsync("阿里", "数据中台");
        await _rep.NewDealAsync("华为", "数据中心");

        // Friday 20 March, 09:00 in Shanghai: both deals idle for ten days, their critical gaps first seen.
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 1, 0, 0, TimeSpan.Zero));
        var first = TeamsChat.CardTexts(await DigestAsync());
        Assert.Contains("华为 · 数据中心", first);
        Assert.Contains("阿里 · 数据中台", first);

        await _rep.Command("close");
        Assert.Equal(_rep.Text("Close.Question", _rep.Text("Deal.Pick.Item", "华为", "数据中心")), _rep.Chat.LastCardTexts()[0]);
        await _rep.Press(_rep.Text("Close.Won"));
        Assert.Equal(_rep.Text("Close.Done.Won", _rep.Text("Deal.Pick.Item", "华为", "数据中心"), new DateOnly(2027, 3, 20).ToString("d", _rep.Culture)), _rep.Chat.LastText());

        // Monday 23 March: the closed deal's gaps have been open three days, which would stall an open deal.
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 1, 0, 0, TimeSpan.Zero));
        var next = TeamsChat.CardTexts(await DigestAsync()).ToList();
        Assert.Equal(NudgeText.Format("Digest.Title", Chinese, 1), next[0]);
        Assert.Contains("阿里 · 数据中台", next);
        Assert.DoesNotContain("华为 · 数据中心", next);
    }

    [Fact]
    public async Task Ping_PressedOnAnOlderDigestAfterTheRepClosedTheDeal_ManagerToldAndRepNotPinged()
    {
        await TeamSeed.AddAsync(_factory.Services, "29:mgr", "Asia/Shanghai", "29:rep-a");
        await _rep.NewDealAsync("华为", "数据中心");
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 1, 0, 0, TimeSpan.Zero));
        var digest = await DigestAsync();
        await _rep.Command("close");
        await _rep.Press(_rep.Text("Close.Lost"));

        var dealId = (await _rep.OnlyDealAsync()).Deal.Id.ToString("D");
        var ping = NudgeHost.ButtonsData(digest).Single(d =>
            d.TryGetProperty("action", out var action) && action.GetString() == "ping"
            && d.TryGetProperty("dealId", out var id) && id.GetString() == dealId);
        await _manager.Submit(ping);

        Assert.Equal(NudgeText.Format("Deal.Closed", Chinese, "数据中心"), _manager.LastText());
        var before = _factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(_factory.Services);
        Assert.DoesNotContain(_factory.Connector.Sends.Skip(before), s => s.ConversationId == _rep.Chat.ConversationId);
    }

    [Fact]
    public async Task Deals_AfterTheRepClosedTheLatestDeal_OpenDealsFirstAndTheClosedOneSaysItIsClosed()
    {
        await _rep.NewDealAsync("阿里", "数据中台");
        await _rep.NewDealAsync("华为", "数据中心");
        await _rep.Command("close");
        await _rep.Press(_rep.Text("Close.Lost"));

        await _rep.Command("deals");

        Assert.Equal(
            [_rep.Text("Deal.Pick.Item", "阿里", "数据中台"), _rep.Text("Deal.Pick.ItemClosed", "华为", "数据中心"), _rep.Text("Deal.Pick.New")],
            _rep.Chat.LastCardButtons());
    }

    /// <summary>The daily digest job runs and the outbox is sent, as the workers would; returns the manager's card.</summary>
    private async Task<JsonElement> DigestAsync()
    {
        var before = _factory.Connector.Sends.Count;
        Assert.Equal(1, await NudgeHost.ScheduleAsync(_factory.Services));
        await NudgeHost.DeliverAsync(_factory.Services);
        Activity digest = _factory.Connector.Sends.Skip(before).Single(s => s.ConversationId == TeamSeed.ConversationOf("29:mgr")).Activity;
        return digest.Attachments![0].Content!.Value;
    }
}
