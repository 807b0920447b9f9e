using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>
/// A rep naming their manager in the chat: by exact work email or UPN, only within their own tenant, a
/// few look-ups a minute, and nothing shared until the named manager accepts.
/// </summary>
public sealed class ManagerLinkConversationTests : IAsyncDisposable
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private readonly BotWebApplicationFactory _factory;
    private readonly TeamsChat _rep;
    private readonly TeamsChat _manager;

    public ManagerLinkConversationTests()
    {
        _factory = new BotWebApplicationFactory(timeProvider: _clock, settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
        _rep = new TeamsChat(_factory, "zh-CN", userId: "29:rep-a", userName: "李明");
        _manager = new TeamsChat(_factory, "zh-CN", userId: "29:mgr-wang", userName: "王芳");
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Manager_RepNamesManagerByEmail_PendingUntilTheManagerAccepts()
    {
        await _manager.Install();
        await _rep.Install();
        await NudgeHost.SeedDealAsync(_factory.Services, "29:rep-a", "华为", "数据中心扩容");

        await _rep.Send("我的经理");
        Assert.Equal(NudgeText.Get("Manager.Prompt", Chinese), _rep.LastText());
        await _rep.Send("mgr-wang@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), _rep.LastText());

        // Asked, not linked: the manager has no team yet.
        var request = (await DeliverToAsync(_manager)).Single();
        Assert.Contains(NudgeText.Format("Manager.Request", Chinese, "李明"), TeamsChat.CardTexts(request.Attachments![0].Content!.Value));
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NoTeam", Chinese), _manager.LastText());
        Assert.Null((await ProfileAsync("29:rep-a")).ManagerId);

        await _manager.Submit(NudgeHost.ButtonData(request, NudgeText.Get("Manager.Accept", Chinese)));

        Assert.Equal(NudgeText.Format("Manager.Accepted", Chinese, "李明"), _manager.LastText());
        Assert.Equal(NudgeText.Format("Manager.AcceptedNotice", Chinese, "王芳"), (await DeliverToAsync(_rep)).Single().Text);
        var rep = await ProfileAsync("29:rep-a");
        Assert.Equal(("29:mgr-wang", ManagerSource.Chat, null), (rep.ManagerId, rep.ManagerSource, rep.PendingManagerId));
        Assert.Equal(UserRole.Manager, (await ProfileAsync("29:mgr-wang")).Role);
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NothingStalled", Chinese), _manager.LastText());
    }

    [Fact]
    public async Task Manager_ManagerDeclinesTheRequest_NoLinkAndRepTold()
    {
        var request = await RequestAsync("MGR-Wang@Contoso.com");

        await _manager.Submit(NudgeHost.ButtonData(request, NudgeText.Get("Manager.Decline", Chinese)));

        Assert.Equal(NudgeText.Format("Manager.Declined", Chinese, "李明"), _manager.LastText());
        Assert.Equal(NudgeText.Format("Manager.DeclinedNotice", Chinese, "王芳"), (await DeliverToAsync(_rep)).Single().Text);
        var rep = await ProfileAsync("29:rep-a");
        Assert.Equal((null, null), (rep.ManagerId, rep.PendingManagerId));
        Assert.Equal(UserRole.Rep, (await ProfileAsync("29:mgr-wang")).Role);
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NoTeam", Chinese), _manager.LastText());
    }

    [Fact]
    public async Task Manager_AcceptPressedTwiceOrAfterTheRepNamedSomeoneElse_NothingMoreHappens()
    {
        var other = new TeamsChat(_factory, "en-US", userId: "29:mgr-smith", userName: "Anna Smith");
        await other.Install();
        var first = await RequestAsync("mgr-wang@contoso.onmicrosoft.com");
        await _rep.Send("我的经理");
        await _rep.Send("mgr-smith@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "Anna Smith"), _rep.LastText());
        var second = (await DeliverToAsync(other)).Single();

        // The first request was replaced: its Accept no longer links.
        await _manager.Submit(NudgeHost.ButtonData(first, NudgeText.Get("Manager.Accept", Chinese)));
        Assert.Equal(NudgeText.Get("Manager.NothingToAnswer", Chinese), _manager.LastText());
        Assert.Null((await ProfileAsync("29:rep-a")).ManagerId);

        await other.Submit(NudgeHost.ButtonData(second, NudgeText.Get("Manager.Accept", English)));
        await other.Submit(NudgeHost.ButtonData(second, NudgeText.Get("Manager.Accept", English)));

        Assert.Equal(NudgeText.Format("Manager.Accepted", English, "李明"), other.LastText());
        Assert.Single(await DeliverToAsync(_rep));
        Assert.Equal("29:mgr-smith", (await ProfileAsync("29:rep-a")).ManagerId);
    }

    [Theory]
    [InlineData("王芳")]
    [InlineData("王")]
    [InlineData("m")]
    [InlineData("mgr-wang")]
    [InlineData("contoso.com")]
    [InlineData("%")]
    public async Task Manager_NameOrPartOfAnAddress_FindsNobody(string typed)
    {
        await _manager.Install();
        await _rep.Install();

        await _rep.Send("我的经理");
        await _rep.Send(typed);

        Assert.Equal(NudgeText.Format("Manager.NotFound", Chinese, typed), _rep.LastText());
        Assert.Empty(await DeliverToAsync(_manager));
    }

    [Fact]
    public async Task Manager_ExactEmailOfSomeoneInAnotherTenant_FindsNobody()
    {
        var elsewhere = new TeamsChat(_factory, "zh-CN", userId: "29:mgr-zhao", userName: "赵总", tenantId: "0b8a1c2d-0000-4000-8000-00000000beef");
        await elsewhere.Install();
        await _manager.Install();
        await _rep.Install();

        await _rep.Send("我的经理");
        await _rep.Send("mgr-zhao@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.NotFound", Chinese, "mgr-zhao@contoso.com"), _rep.LastText());

        await _rep.Send("我的经理");
        await _rep.Send("mgr-wang@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), _rep.LastText());
        Assert.Empty(await DeliverToAsync(elsewhere));
        Assert.Equal("0b8a1c2d-0000-4000-8000-00000000beef", (await ProfileAsync("29:mgr-zhao")).TenantId);
    }

    [Fact]
    public async Task Manager_SixthLookUpInAMinute_ToldToWaitThenAllowedAgain()
    {
        await _manager.Install();
        await _rep.Install();
        for (var i = 0; i < 5; i++)
        {
            await _rep.Send("我的经理");
            await _rep.Send($"nobody-{i}@contoso.com");
            Assert.Equal(NudgeText.Format("Manager.NotFound", Chinese, $"nobody-{i}@contoso.com"), _rep.LastText());
        }

        await _rep.Send("我的经理");
        await _rep.Send("mgr-wang@contoso.com");
        Assert.Equal(NudgeText.Get("Manager.TooManyLookups", Chinese), _rep.LastText());
        Assert.Empty(await DeliverToAsync(_manager));

        _clock.Advance(TimeSpan.FromMinutes(1));
        await _rep.Send("我的经理");
        await _rep.Send("mgr-wang@contoso.com");
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), _rep.LastText());
    }

    [Fact]
    public async Task Manager_LookUpsSpreadOverTwoInstances_SixthInAMinuteRefusedOnEitherThenAllowedAgain()
    {
        var database = Path.Combine(Path.GetTempPath(), $"salescoach-lookups-{Guid.NewGuid():N}.db");
        try
        {
            var settings = new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" };
            await using var first = new BotWebApplicationFactory(timeProvider: _clock, settings: settings, databasePath: database);
            await using var second = new BotWebApplicationFactory(timeProvider: _clock, settings: settings, databasePath: database);
            var onFirst = new TeamsChat(first, "zh-CN", userId: "29:rep-a", userName: "李明");
            var onSecond = new TeamsChat(second, "zh-CN", userId: "29:rep-a", userName: "李明");
            await new TeamsChat(first, "zh-CN", userId: "29:mgr-wang", userName: "王芳").Install();
            await onFirst.Install();

            // Three look-ups reach the first instance and two the second: each alone is under five.
            for (var i = 0; i < 5; i++)
            {
                var chat = i % 2 == 0 ? onFirst : onSecond;
                await chat.Send("我的经理");
                await chat.Send($"nobody-{i}@contoso.com");
                Assert.Equal(NudgeText.Format("Manager.NotFound", Chinese, $"nobody-{i}@contoso.com"), chat.LastText());
            }

            foreach (var chat in new[] { onSecond, onFirst })
            {
                await chat.Send("我的经理");
                await chat.Send("mgr-wang@contoso.com");
                Assert.Equal(NudgeText.Get("Manager.TooManyLookups", Chinese), chat.LastText());
            }

            _clock.Advance(TimeSpan.FromMinutes(1));
            await onSecond.Send("我的经理");
            await onSecond.Send("mgr-wang@contoso.com");
            Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), onSecond.LastText());
        }
        finally
        {
            TestDatabase.Delete(database);
        }
    }

    [Fact]
    public async Task Manager_NamedManagerNeverInstalledTheApp_NothingPendingAndRepTold()
    {
        await _manager.Install();
        await _rep.Install();
        await _manager.Uninstall();
        await _rep.Send("我的经理");
        await _rep.Send("mgr-wang@contoso.com");

        Assert.Equal(NudgeText.Format("Manager.NotInstalled", Chinese, "王芳"), _rep.LastText());
        Assert.Null((await ProfileAsync("29:rep-a")).PendingManagerId);
    }

    private async Task<Activity> RequestAsync(string address)
    {
        await _manager.Install();
        await _rep.Install();
        await _rep.Send("我的经理");
        await _rep.Send(address);
        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), _rep.LastText());
        return (await DeliverToAsync(_manager)).Single();
    }

    private async Task<UserProfile> ProfileAsync(string userId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None)
            ?? throw new InvalidOperationException($"No user {userId}.");
    }

    /// <summary>Runs the outbox; returns what it delivered into the chat's conversation.</summary>
    private async Task<List<Activity>> DeliverToAsync(TeamsChat chat)
    {
        var before = _factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(_factory.Services);
        return [.. _factory.Connector.Sends.Skip(before).Where(s => s.ConversationId == chat.ConversationId).Select(s => s.Activity)];
    }
}
