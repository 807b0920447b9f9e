using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.TestSupport.Timing;
using SalesCoachBot.Web.Tests.Conversations.Rep;
using SalesCoachBot.Web.Tests.Nudges;
using SalesCoachBot.Web.Tests.Support;
using Xunit.Abstractions;

namespace SalesCoachBot.Web.Tests.Scale;

/// <summary>
/// Three bot processes (the built host, started with <c>dotnet</c>) on one database of this test
/// pass's provider, a stand-in connector refusing about 30 % of the managers' tenant's calls, and one
/// process killed with SIGKILL while the digests go out: with a send of its own in flight at the
/// connector, which never answers it. (Killed in the milliseconds between the connector's 201 and the
/// outcome's commit, the message would go out again after its lease: the outbox prefers a duplicate
/// to a loss.) The managers' digest falls due 25 s after the seed, in a zone away from midnight, with that day among the managers' working days (Nudges:DigestDays).
/// </summary>
public sealed class ThreeInstancesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string DigestTenant = "tenant-digest";
    private const string ChatTenant = "tenant-chat";
    private const int Managers = 90;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"salescoach-three-{Guid.NewGuid():N}.db");
    private readonly List<BotProcess> _bots = [];
    private StandInConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await StandInConnector.StartAsync(DigestTenant);

    public async Task DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            bot.Dispose();
        }

        await _connector.DisposeAsync();
        TestDatabase.Delete(_database);
    }

    [Fact]
    public async Task ThreeProcesses_OneKilledAsTheDigestsGoOut_OneDigestEachUnderTheTenantLimitImagesSharedRedeliveryOnce()
    {
        var stopwatch = Stopwatch.StartNew();
        var zone = AwayFromMidnightZone(DateTimeOffset.UtcNow.AddSeconds(30));
        var managers = await SeedAsync(zone);
        var digestTime = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(25), zone).DateTime);
        var settings = new Dictionary<string, string?>(TestDatabase.Settings(_database))
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["Storage:MigrateOnStartup"] = "false",
            ["Proactive:ScheduleInterval"] = "00:00:01",
            ["Proactive:DeliveryInterval"] = "00:00:00.200",
            ["Proactive:Lease"] = Lease.ToString("c", CultureInfo.InvariantCulture),
            ["Proactive:RetryBackoff"] = "00:00:01",
            ["Proactive:BatchSize"] = "5",
            ["Nudges:DigestTime"] = digestTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            // The managers' working days include today, whichever day of the week the run falls on.
            ["Nudges:DigestDays:0"] = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddSeconds(25), zone).DayOfWeek.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var name in new[] { "a", "b", "c" })
        {
            _bots.Add(BotProcess.Start(name, settings));
        }

        await Task.WhenAll(_bots.Select(b => b.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90))));
        var (a, b, victim) = (_bots[0], _bots[1], _bots[2]);

        // The first digest is out: everything else waits at the connector, so the process killed
        // has either a send in flight (never answered) or none; then it dies.
        await Until(() => managers.Any(m => _connector.Accepted(m).Count > 0), TimeSpan.FromSeconds(120), "no digest arrived");
        _connector.Hold();
        await Until(() => _connector.Held >= 2, TimeSpan.FromSeconds(5), null);
        // Every digest the connector accepted before the hold has its outcome committed before the kill:
        // killed between a 201 and its commit, a process leaves a message that goes out again after
        // its lease (the outbox prefers a duplicate to a loss), which is not what this test is about.
        var accepted = managers.Count(m => _connector.Accepted(m).Count > 0);
        await Until(
            async () => await TestDatabase.CountAsync(_database, $"SELECT count(*) FROM \"Outbox\" WHERE \"State\" = 'Sent' AND \"Kind\" = '{NudgeServiceCollectionExtensions.DigestKind}'") >= accepted,
            TimeSpan.FromSeconds(30),
            $"{accepted} digests accepted before the hold, fewer recorded as sent");

        victim.Kill();
        var killedAt = DateTimeOffset.UtcNow;
        await Until(() => _connector.AbortedWhileHeld > 0, TimeSpan.FromSeconds(3), null);
        _connector.Release();

        await Until(() => managers.All(m => _connector.Accepted(m).Count > 0), TimeSpan.FromSeconds(120), "not every manager received a digest");
        // What the dead process had leased comes back after its lease; any second send would be out by then.
        await Until(() => DateTimeOffset.UtcNow > killedAt + Lease + TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), null);

        var counts = managers.ToDictionary(m => m, m => _connector.Accepted(m).Count);
        Assert.True(counts.Values.All(c => c == 1), Report($"digests per manager: {string.Join(", ", counts.Where(c => c.Value != 1).Select(c => $"{c.Key}={c.Value}"))}"));
        Assert.All(managers, m => Assert.Single(Assert.Single(_connector.Accepted(m)).Activity.GetProperty("attachments").EnumerateArray()));
        var tenantCalls = _connector.Calls.Where(c => c.TenantId == DigestTenant).Select(c => c.ArrivedAt).Order().ToList();
        Assert.Contains(_connector.Calls, c => c.TenantId == DigestTenant && c.Status is 429 or 503);
        var busiest = SendRate.MostInOneSecond(tenantCalls);
        Assert.True(busiest <= 50, Report($"{busiest} calls to {DigestTenant} within one second"));

        // A power map published by one instance is served by another.
        var rep = new ProcessChat(_connector, "29:chat-rep", ChatTenant);
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        await rep.Send(a, Keyword("deals", culture));
        if (Actions(rep).Contains(RepSession.Text("Deal.Pick.New", culture)))
        {
            await rep.Press(a, RepSession.Text("Deal.Pick.New", culture));
        }

        await rep.Press(a, RepSession.Text("Form.Save", culture), new { customer = "华东轴承", name = "特钢招标", value = "1000000", closeOn = "2026-09-30", stage = "Exploring", decisionMethod = "RecommendThenApprove" });
        await rep.Send(a, Keyword("people", culture));
        await rep.Press(a, RepSession.Text("People.Add", culture));
        await rep.Press(a, RepSession.Text("Form.Save", culture), new { name = "张总", title = "总经理", department = "DecisionLayer", decisionChainRoles = "DecisionMaker", support = "Supports", lastContact = "2026-03-01" });
        await rep.Send(a, Keyword("gaps", culture));
        var image = new Uri(ProcessChat.Images(rep.LastCard).Single());
        Assert.Equal(a.BaseUrl.Authority, image.Authority);
        using (var client = new HttpClient { BaseAddress = b.BaseUrl })
        {
            using var picture = await client.GetAsync(new Uri(image.PathAndQuery, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await picture.Content.ReadAsByteArrayAsync())[..4]);
        }

        // Teams delivers one message twice, to two instances at once: one answer, as many replies as
        // the same message gets from one instance in another chat.
        var control = new ProcessChat(_connector, "29:chat-control", ChatTenant);
        Assert.Equal(HttpStatusCode.OK, await ProcessChat.PostAsync(a, control.Message(Keyword("deals", culture))));
        var oneAnswer = _connector.Accepted(control.ConversationId).Count;
        Assert.True(oneAnswer > 0);
        var other = new ProcessChat(_connector, "29:chat-redelivered", ChatTenant);
        var message = other.Message(Keyword("deals", culture));
        var statuses = await Task.WhenAll(ProcessChat.PostAsync(a, message), ProcessChat.PostAsync(b, message));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(oneAnswer, _connector.Accepted(other.ConversationId).Count);
        output.WriteLine($"{Managers} managers in {zone.Id}, digest at {digestTime:HH:mm:ss} local; {tenantCalls.Count} calls to the tenant "
            + $"({_connector.Calls.Count(c => c.TenantId == DigestTenant && c.Status is 429 or 503)} refused, {_connector.Calls.Count(c => c.Status == 0)} cut off by the kill), "
            + $"busiest second {busiest}; {stopwatch.Elapsed.TotalSeconds:F0} s");
    }

    private static string Keyword(string command, CultureInfo culture) => RepSession.Text($"Command.{command}.Keywords", culture).Split('|')[0];

    private static List<string?> Actions(ProcessChat chat) => [.. Titles(chat.LastCard)];

    private static IEnumerable<string?> Titles(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? [t.GetString()] : Array.Empty<string?>())
            .Concat(element.EnumerateObject().SelectMany(p => Titles(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Titles),
        _ => [],
    };

    /// <summary>A zone whose local time at <paramref name="at"/> is not close to midnight.</summary>
    private static TimeZoneInfo AwayFromMidnightZone(DateTimeOffset at)
    {
        string[] candidates = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "Etc/GMT+12", "Asia/Tokyo", "Pacific/Auckland", "Pacific/Kiritimati"];
        foreach (var id in candidates)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            var local = TimeZoneInfo.ConvertTime(at, zone);
            if (local.TimeOfDay > TimeSpan.FromMinutes(10) && local.TimeOfDay < TimeSpan.FromHours(23.5))
            {
                return zone;
            }
        }

        throw new InvalidOperationException($"At {at:u} every candidate zone is close to midnight.");
    }

    private async Task<List<string>> SeedAsync(TimeZoneInfo zone)
    {
        // The team joined and the deals were last touched a month ago: every deal is idle now.
        var monthAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-30));
        await using var seeder = new BotWebApplicationFactory(timeProvider: monthAgo, settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" }, databasePath: _database);
        var services = seeder.Services;
        var managers = new List<string>();
        for (var i = 0; i < Managers; i++)
        {
            var manager = $"29:mgr-{i:D3}";
            var rep = $"29:rep-{i:D3}";
            await using (var scope = services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<IUserStore>();
                var references = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
                await users.UpsertAsync(new UserProfile(manager) { Name = manager, Locale = "zh-CN", TimeZone = zone.Id, Role = UserRole.Manager }, CancellationToken.None);
                await users.UpsertAsync(new UserProfile(rep) { Name = rep, Locale = "zh-CN", ManagerId = manager }, CancellationToken.None);
                await references.SaveAsync(Reference(manager), CancellationToken.None);
                await references.SaveAsync(Reference(rep), CancellationToken.None);
                Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
            }

            await NudgeHost.SeedDealAsync(services, rep, $"客户{i}", "年度框架采购");
            managers.Add(TeamSeed.ConversationOf(manager));
            _connector.Register(TeamSeed.ConversationOf(manager), DigestTenant);
            _connector.Register(TeamSeed.ConversationOf(rep), DigestTenant);
        }

        return managers;
    }

    private ConversationReference Reference(string userId) => new()
    {
        ServiceUrl = _connector.BaseUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = TeamSeed.ConversationOf(userId), ConversationType = "personal", TenantId = DigestTenant },
        User = new ChannelAccount { Id = userId, Name = userId },
        Bot = new ChannelAccount { Id = "28:bot" },
        TenantId = DigestTenant,
    };

    private string Report(string problem) =>
        $"{problem}\n{string.Join("\n", _bots.Select(b => $"--- {b.Name}{(b.HasExited ? " (exited)" : string.Empty)}:\n{Tail(b.Console)}"))}";

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private Task Until(Func<bool> condition, TimeSpan timeout, string? failure) =>
        Until(() => Task.FromResult(condition()), timeout, failure);

    private async Task Until(Func<Task<bool>> condition, TimeSpan timeout, string? failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                if (failure is not null)
                {
                    Assert.Fail(Report(failure));
                }

                return;
            }

            await Task.Delay(100);
        }
    }
}
