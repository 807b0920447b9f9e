using System.Globalization;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Manager.Directory;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.TestSupport.Graph;
using SalesCoachBot.Web.Directory;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>
/// With Microsoft Graph configured, a user's manager comes from the company directory (a stand-in Graph
/// on loopback): no accept needed, and it wins over a manager named in the chat.
/// </summary>
public sealed class GraphManagerConversationTests : IAsyncLifetime
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private readonly StaticTokenCredential _credential = new();
    private StandInGraph _graph = null!;
    private BotWebApplicationFactory _factory = null!;
    private TeamsChat _rep = null!;
    private TeamsChat _manager = null!;
    private TeamsChat _otherManager = null!;

    public async Task InitializeAsync()
    {
        _graph = await StandInGraph.StartAsync();
        _factory = Factory(workersEnabled: false, _clock);
        _rep = new TeamsChat(_factory, "zh-CN", userId: "29:rep-a", userName: "李明");
        _manager = new TeamsChat(_factory, "zh-CN", userId: "29:mgr-wang", userName: "王芳");
        _otherManager = new TeamsChat(_factory, "en-US", userId: "29:mgr-smith", userName: "Anna Smith");
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Manager_DirectoryNamesTheManager_LinkedWithoutAnAcceptAndTheRepToldWhereItComesFrom()
    {
        _graph.Managers["aad-29:rep-a"] = ("aad-29:mgr-wang", "王芳");
        await _manager.Install();
        await _rep.Install();

        Assert.Equal(2, await SyncAsync());

        Assert.Contains("/v1.0/users/aad-29:rep-a/manager?$select=id,displayName", _graph.Requests);
        Assert.Equal(0, _graph.Unauthorized);
        Assert.Contains("https://graph.microsoft.com/.default", _credential.Scopes);
        var rep = await ProfileAsync("29:rep-a");
        Assert.Equal(("29:mgr-wang", ManagerSource.Directory), (rep.ManagerId, rep.ManagerSource));
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NothingStalled", Chinese), _manager.LastText());

        await _rep.Send("我的经理");
        Assert.Equal(NudgeText.Format("Manager.FromDirectory", Chinese, "王芳"), _rep.LastText());
        // Nothing to accept: no request went to the manager.
        Assert.Empty(await DeliverToAsync(_manager));
    }

    [Fact]
    public async Task Manager_DirectoryNamesAnotherManager_ItWinsOverTheOneAcceptedInTheChat()
    {
        await _manager.Install();
        await _otherManager.Install();
        await _rep.Install();
        await SyncAsync();
        await _rep.Send("我的经理");
        await _rep.Send("mgr-smith@contoso.com");
        var request = (await DeliverToAsync(_otherManager)).Single();
        await _otherManager.Submit(NudgeHost.ButtonData(request, NudgeText.Get("Manager.Accept", English)));
        Assert.Equal(("29:mgr-smith", ManagerSource.Chat), ((await ProfileAsync("29:rep-a")).ManagerId, (await ProfileAsync("29:rep-a")).ManagerSource));

        _graph.Managers["aad-29:rep-a"] = ("aad-29:mgr-wang", "王芳");
        _clock.Advance(TimeSpan.FromDays(1));
        await SyncAsync();

        Assert.Equal(("29:mgr-wang", ManagerSource.Directory), ((await ProfileAsync("29:rep-a")).ManagerId, (await ProfileAsync("29:rep-a")).ManagerSource));
        await _otherManager.Send("team");
        Assert.Equal(NudgeText.Get("Digest.NoTeam", English), _otherManager.LastText());
        // The manager the chat named cannot take the rep back with the old card either.
        await _otherManager.Submit(NudgeHost.ButtonData(request, NudgeText.Get("Manager.Decline", English)));
        Assert.Equal(NudgeText.Get("Manager.NothingToDecline", English), _otherManager.LastText());
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NothingStalled", Chinese), _manager.LastText());
    }

    [Fact]
    public async Task Manager_DirectoryDropsTheManager_LinkUndoneAtTheDailyRefresh()
    {
        _graph.Managers["aad-29:rep-a"] = ("aad-29:mgr-wang", "王芳");
        await _manager.Install();
        await _rep.Install();
        await SyncAsync();

        _graph.Managers.Clear();
        _clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await SyncAsync());
        Assert.Equal("29:mgr-wang", (await ProfileAsync("29:rep-a")).ManagerId);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await SyncAsync());

        Assert.Null((await ProfileAsync("29:rep-a")).ManagerId);
        await _manager.Send("团队");
        Assert.Equal(NudgeText.Get("Digest.NoTeam", Chinese), _manager.LastText());
    }

    [Fact]
    public async Task Manager_DirectoryHasNoManagerForTheRep_RepNamesOneInTheChatAndItWaitsForTheAccept()
    {
        await _manager.Install();
        await _rep.Install();
        await SyncAsync();

        await _rep.Send("我的经理");
        Assert.Equal(NudgeText.Get("Manager.Prompt", Chinese), _rep.LastText());
        await _rep.Send("mgr-wang@contoso.com");

        Assert.Equal(NudgeText.Format("Manager.Requested", Chinese, "王芳"), _rep.LastText());
        Assert.Null((await ProfileAsync("29:rep-a")).ManagerId);
    }

    [Fact]
    public async Task Sync_GraphFails_NothingChangesAndTheUserIsAskedAgainAnHourLater()
    {
        _graph.Managers["aad-29:rep-a"] = ("aad-29:mgr-wang", "王芳");
        await _manager.Install();
        await _rep.Install();
        _graph.FailWith = 503;

        Assert.Equal(2, await SyncAsync());
        Assert.Null((await ProfileAsync("29:rep-a")).ManagerId);
        Assert.Equal(0, await SyncAsync());

        _graph.FailWith = null;
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await SyncAsync());
        Assert.Equal("29:mgr-wang", (await ProfileAsync("29:rep-a")).ManagerId);
    }

    [Fact]
    public async Task Worker_NewUser_ManagerTakenFromTheDirectoryInTheBackground()
    {
        _graph.Managers["aad-29:rep-b"] = ("aad-29:mgr-wang", "王芳");
        await using var factory = Factory(workersEnabled: true, TimeProvider.System);
        var manager = new TeamsChat(factory, "zh-CN", userId: "29:mgr-wang", userName: "王芳");
        var rep = new TeamsChat(factory, "zh-CN", userId: "29:rep-b", userName: "张伟");
        await manager.Install();
        await rep.Install();

        // The install was answered first; the look-up follows on the worker.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await ProfileAsync(factory, "29:rep-b")).ManagerId is null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), patience.Token);
        }

        Assert.Equal(ManagerSource.Directory, (await ProfileAsync(factory, "29:rep-b")).ManagerSource);
        Assert.Contains(_graph.Requests, r => r.StartsWith("/v1.0/users/aad-29:rep-b/manager", StringComparison.Ordinal));
    }

    private BotWebApplicationFactory Factory(bool workersEnabled, TimeProvider clock) => new(
        timeProvider: clock,
        settings: new Dictionary<string, string?>
        {
            ["Proactive:WorkersEnabled"] = workersEnabled ? "true" : "false",
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:TenantId"] = "56653e9d-2158-46ee-90d7-675c39642038",
            ["Graph:PollInterval"] = "00:00:01",
        },
        services: services => services.AddKeyedSingleton<TokenCredential>(GraphServiceCollectionExtensions.CredentialKey, _credential));

    /// <summary>One pass of the directory worker, by hand.</summary>
    private async Task<int> SyncAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryManagerSync>().SyncDueAsync(50, CancellationToken.None);
    }

    private Task<UserProfile> ProfileAsync(string userId) => ProfileAsync(_factory, userId);

    private static async Task<UserProfile> ProfileAsync(BotWebApplicationFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None)
            ?? throw new InvalidOperationException($"No user {userId}.");
    }

    private async Task<List<Activity>> DeliverToAsync(TeamsChat chat)
    {
        var before = _factory.Connector.Sends.Count;
        await NudgeHost.DeliverAsync(_factory.Services);
        return [.. _factory.Connector.Sends.Skip(before).Where(s => s.ConversationId == chat.ConversationId).Select(s => s.Activity)];
    }
}
