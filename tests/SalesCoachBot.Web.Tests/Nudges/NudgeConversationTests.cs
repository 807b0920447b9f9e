using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

public sealed class NudgeConversationTests : IAsyncDisposable
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    // Tuesday 2026-03-10 10:00 in Shanghai.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private readonly BotWebApplicationFactory _factory;
    private readonly TeamsChat _rep;
    private readonly TeamsChat _manager;
    private readonly TeamsChat _otherManager;

    public NudgeConversationTests()
    {
        _factory = new BotWebApplicationFactory(timeProvider: _clock, settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        _rep = new TeamsChat(_factory, "zh-CN", userId: "29:rep-a", userName: "李明");
        _manager = new TeamsChat(_factory, "zh-CN", userId: "29:mgr-wang", userName: "王芳");
        _otherManager = new TeamsChat(_factory, "en-US", userId: "29:mgr-smith", userName: "Anna Smith");
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Remember_SeveralMessages_MemberLookedUpOnceAndEmailUpnStored()
    {
        await _rep.Install();
        await _rep.Send("我的经理");
        await _rep.Send("赵总");

        Assert.Equal(["29:rep-a"], _factory.Connector.MemberLookups);
        await using var scope = _factory.Services.CreateAsyncScope();
        var rep = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync("29:rep-a", CancellationToken.None);
        Assert.Equal("rep-a@contoso.com", rep!.Email);
        Assert.Equal("rep-a@contoso.onmicrosoft.com", rep.UserPrincipalName);
    }

    [Fact]
    public async Task Remember_MemberLookupFails_TurnAnsweredWithoutEmail()
    {
        _factory.Connector.UnknownMembers.Add("29:rep-a");
        await _rep.Install();

        await _rep.Send("我的经理");

        Assert.Equal(NudgeText.Get("Manager.Prompt", Chinese), _rep.LastText());
        await using var scope = _factory.Services.CreateAsyncScope();
        var rep = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync("29:rep-a", CancellationToken.None);
        Assert.Equal("李明", rep!.Name);
        Assert.Null(rep.Email);
    }

    [Fact]
    public async Task Remember_MemberLookupThrows_TurnAnsweredAndNotRetriedOnEveryMessage()
    {
        _factory.Connector.MemberLookupsThrow = true;
        await _rep.Install();

        await _rep.Send("我的经理");
        await _rep.Send("钱无名");

        Assert.Contains(NudgeText.Format("Manager.NotFound", Chinese, "钱无名"), _rep.Texts());
        Assert.Equal(["29:rep-a"], _factory.Connector.MemberLookups);
    }

    [Fact]
    public async Task Remember_MemberLookupHangs_InstallAnsweredAtOnce_EmailStoredOnceItAnswers_ThenTheManagerIsFoundByIt()
    {
        _factory.Connector.HoldMemberLookups();
        var manager = new TeamsChat(_factory, "zh-CN", userId: "29:mgr-wang", userName: "王芳") { WaitsForMemberLookups = false };

        // The welcome arrives while the connector still has not answered who the manager is.
        await manager.Install().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(manager.Replies, r => r.Attachments is { Count: > 0 });
        Assert.Null((await ProfileAsync("29:mgr-wang")).Email);

        _factory.Connector.ReleaseMemberLookups();
        await _factory.MemberLookupsIdleAsync();
        var stored = await ProfileAsync("29:mgr-wang");
        Assert.Equal(("mgr-wang@contoso.com", "mgr-wang@contoso.onmicrosoft.com", "王芳"), (stored.Email, stored.UserPrincipalName, stored.Name));

        await _rep.Install();
        await _rep.Send("我的经理");
        await _rep.Send("mgr-wang@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), _rep.LastText());
    }

    [Fact]
    public async Task Team_StalledDeal_CardWithRepStageDaysAndReasons()
    {
        await LinkAsync();
        await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容", expectedClose: new DateOnly(2026, 3, 15));
        _clock.Advance(TimeSpan.FromDays(10));

        await _manager.Send("团队");

        var texts = _manager.LastCardTexts();
        Assert.Equal(NudgeText.Format("Digest.Title", Chinese, 1), texts[0]);
        Assert.Contains("华为 · 数据中心扩容", texts);
        Assert.Contains(NudgeText.Get("Digest.Rep", Chinese) + ": 李明", texts);
        Assert.Contains(NudgeText.Get("Digest.Stage", Chinese) + ": " + CoachingText.Label(Coaching.Method.BuyingJourneyStage.Exploring, Chinese), texts);
        Assert.Contains(NudgeText.Get("Digest.DaysIdle", Chinese) + ": 10", texts);
        Assert.Contains("• " + NudgeText.Format("Reason.ClosePassed", Chinese, 5), texts);
        Assert.Contains("• " + NudgeText.Format("Reason.Idle", Chinese, 10), texts);
        Assert.Equal([NudgeText.Get("Button.Ping", Chinese), NudgeText.Format("Button.Snooze", Chinese, 7), NudgeText.Get("Button.Reviewed", Chinese)], _manager.LastCardButtons());
    }

    [Fact]
    public async Task Team_CriticalGapOpenForThreeDays_NamedFromTheDayItWasFirstSeen()
    {
        await LinkAsync();
        await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容");
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NothingStalled", Chinese), _manager.LastText());

        _clock.Advance(TimeSpan.FromDays(3));
        await _manager.Send("team");

        var reasons = _manager.LastCardTexts().Where(t => t.StartsWith('•')).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.StartsWith("• " + NudgeText.Format("Reason.CriticalGapOpen", Chinese, 3, string.Empty), r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Team_PingAnIdleDeal_RepGetsTheReasonAndAButtonToPrepareAVisit()
    {
        await LinkAsync();
        var dealId = await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容");
        _clock.Advance(TimeSpan.FromDays(8));
        await _manager.Send("团队");

        await _manager.Press(NudgeText.Get("Button.Ping", Chinese));

        // Pressed by Action.Execute: the digest itself now says it, in place of the deal's buttons.
        Assert.Equal(InvokeResponse.AdaptiveCardType, _manager.LastInvokeResponse!.Type);
        Assert.Contains("✓ " + NudgeText.Format("Ping.Sent", Chinese, "李明", "数据中心扩容"), _manager.LastCardTexts());
        Assert.DoesNotContain(NudgeText.Get("Button.Ping", Chinese), _manager.LastCardButtons());
        var ping = (await DeliverToAsync(_rep)).Single();
        var texts = TeamsChat.CardTexts(ping.Attachments![0].Content!.Value).ToList();
        Assert.StartsWith(NudgeText.Format("Ping.Message", Chinese, "王芳", "华为 · 数据中心扩容", string.Empty), texts[0], StringComparison.Ordinal);
        var data = NudgeHost.ButtonData(ping, NudgeText.Get("Ping.Action", Chinese));
        Assert.Equal(dealId.ToString(), data.GetProperty("dealId").GetString());
        Assert.Equal("prep", data.GetProperty("command").GetString());
    }

    [Fact]
    public async Task Team_PingACriticalGap_RepGetsTheButtonTheGapCardHasForThatGap()
    {
        await LinkAsync();
        await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容");
        await _manager.Send("团队");
        _clock.Advance(TimeSpan.FromDays(3));
        await _manager.Send("团队");

        await _manager.Press(NudgeText.Get("Button.Ping", Chinese));
        var ping = NudgeHost.ButtonData((await DeliverToAsync(_rep)).Single(), NudgeText.Get("Ping.Action", Chinese));
        await _rep.Send("缺口");

        Assert.Contains(ping.GetRawText(), NudgeHost.ButtonsData(_rep.LastCard()).Select(d => d.GetRawText()));
    }

    [Fact]
    public async Task Team_Snooze_HiddenForSevenDaysThenBack()
    {
        await LinkAsync();
        await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容");
        _clock.Advance(TimeSpan.FromDays(8));
        await _manager.Send("团队");

        await _manager.Press(NudgeText.Format("Button.Snooze", Chinese, 7));

        // Pressed by Action.Execute: the digest itself now says it, in place of the deal's buttons.
        Assert.Equal(InvokeResponse.AdaptiveCardType, _manager.LastInvokeResponse!.Type);
        Assert.Contains("✓ " + NudgeText.Format("Snooze.Done", Chinese, "数据中心扩容", "2026-03-25"), _manager.LastCardTexts());
        Assert.DoesNotContain(NudgeText.Get("Button.Ping", Chinese), _manager.LastCardButtons());
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NothingStalled", Chinese), _manager.LastText());
        _clock.Advance(TimeSpan.FromDays(7));
        await _manager.Send("团队");
        Assert.Contains("华为 · 数据中心扩容", _manager.LastCardTexts());
    }

    [Fact]
    public async Task Team_Reviewed_HiddenUntilTheDealIsUpdatedAndStallsAgain()
    {
        await LinkAsync();
        await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容");
        _clock.Advance(TimeSpan.FromDays(8));
        await _manager.Send("团队");

        await _manager.Press(NudgeText.Get("Button.Reviewed", Chinese));

        // Pressed by Action.Execute: the digest itself now says it, in place of the deal's buttons.
        Assert.Equal(InvokeResponse.AdaptiveCardType, _manager.LastInvokeResponse!.Type);
        Assert.Contains("✓ " + NudgeText.Format("Reviewed.Done", Chinese, "数据中心扩容"), _manager.LastCardTexts());
        Assert.DoesNotContain(NudgeText.Get("Button.Ping", Chinese), _manager.LastCardButtons());
        _clock.Advance(TimeSpan.FromDays(30));
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NothingStalled", Chinese), _manager.LastText());
    }

    [Fact]
    public async Task Team_AnotherManagersDeal_NothingShownAndNothingSent()
    {
        await LinkAsync();
        await _otherManager.Install();
        await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容");
        _clock.Advance(TimeSpan.FromDays(8));
        await _manager.Send("团队");
        var ping = NudgeHost.ButtonData(_manager.Replies[^1], NudgeText.Get("Button.Ping", Chinese));
        var snooze = NudgeHost.ButtonData(_manager.Replies[^1], NudgeText.Format("Button.Snooze", Chinese, 7));

        await _otherManager.Send("team");
        Assert.Equal(NudgeText.Get("Digest.NoTeam", English), _otherManager.LastText());
        await _otherManager.Submit(ping);
        Assert.Equal(NudgeText.Get("Deal.NotInTeam", English), _otherManager.LastText());
        await _otherManager.Submit(snooze);
        Assert.Equal(NudgeText.Get("Deal.NotInTeam", English), _otherManager.LastText());

        Assert.Empty(await DeliverToAsync(_rep));
        await _manager.Send("团队");
        Assert.Contains("华为 · 数据中心扩容", _manager.LastCardTexts());
    }

    [Fact]
    public async Task TimeZone_InvalidThenValid_StoredAndUsedForTheDigest()
    {
        await _manager.Install();

        await _manager.Send("时区");
        Assert.Equal(NudgeText.Get("TimeZone.Prompt", Chinese), _manager.LastText());
        await _manager.Send("Mars/Olympus");
        Assert.Equal(NudgeText.Format("TimeZone.Invalid", Chinese, "Mars/Olympus"), _manager.LastText());
        await _manager.Send("Europe/Berlin");

        Assert.Equal(NudgeText.Format("TimeZone.Saved", Chinese, "Europe/Berlin", "09:00"), _manager.LastText());
        await _manager.Send("你好");
        await using var scope = _factory.Services.CreateAsyncScope();
        var profile = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync("29:mgr-wang", CancellationToken.None);
        Assert.Equal("Europe/Berlin", profile!.TimeZone);
    }

    private async Task<UserProfile> ProfileAsync(string userId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None)
            ?? throw new InvalidOperationException($"No user {userId}.");
    }

    private async Task LinkAsync()
    {
        await _manager.Install();
        await _rep.Install();
        await _rep.Send("我的经理");
        await _rep.Send("mgr-wang@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), _rep.LastText());
        var request = (await DeliverToAsync(_manager)).Single();
        await _manager.Submit(NudgeHost.ButtonData(request, NudgeText.Get("Manager.Accept", Chinese)));
        Assert.Equal(NudgeText.Format("Manager.Accepted", Chinese, "李明"), _manager.LastText());
        await DeliverToAsync(_rep);
    }

    /// <summary>Runs the outbox; returns what it delivered into the chat's conversation.</summary>
    private async Task<List<Activity>> DeliverToAsync(TeamsChat chat)
    {
        var before = _factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(_factory.Services);
        return [.. _factory.Connector.Sends.Skip(before).Where(s => s.ConversationId == chat.ConversationId).Select(s => s.Activity)];
    }
}
