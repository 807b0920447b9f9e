using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

public sealed class ManagerDigestScheduleTests
{
    private static readonly Dictionary<string, string?> HandDriven = new() { ["Proactive:WorkersEnabled"] = "false" };

    [Fact]
    public async Task Digest_ManagersInShanghaiBerlinAndNewYorkAcrossTheDstChange_OneEachAtTheirNineOnWorkingDays()
    {
        // Deals created on Thursday 1 October, idle since; the watch runs Friday 23 to Tuesday 27
        // October 2026, with Europe/Berlin leaving summer time on Sunday the 25th.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: HandDriven);
        await TeamSeed.AddAsync(factory.Services, "29:mgr-sh", "Asia/Shanghai", "29:rep-sh");
        await TeamSeed.AddAsync(factory.Services, "29:mgr-be", "Europe/Berlin", "29:rep-be");
        await TeamSeed.AddAsync(factory.Services, "29:mgr-ny", "America/New_York", "29:rep-ny");
        foreach (var rep in new[] { "29:rep-sh", "29:rep-be", "29:rep-ny" })
        {
            await NudgeHost.SeedDealAsync(factory.Services, rep, "客户", "商机");
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 10, 23, 0, 0, 0, TimeSpan.Zero));
        // Thursday's digests, already late at the first tick, go out now and are not counted below.
        await NudgeHost.ScheduleAsync(factory.Services);
        await NudgeHost.DeliverAsync(factory.Services);
        var seen = factory.Connector.Sends.Count;
        var digests = new List<(string ConversationId, DateTimeOffset At)>();
        while (clock.GetUtcNow() < new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero))
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            await NudgeHost.ScheduleAsync(factory.Services);
            await NudgeHost.DeliverAsync(factory.Services);
            digests.AddRange(factory.Connector.Sends.Skip(seen).Select(s => (s.ConversationId, clock.GetUtcNow())));
            seen = factory.Connector.Sends.Count;
        }

        DateTimeOffset Utc(int day, int hour) => new(2026, 10, day, hour, 0, 0, TimeSpan.Zero);
        List<DateTimeOffset> To(string manager) => [.. digests.Where(d => d.ConversationId == TeamSeed.ConversationOf(manager)).Select(d => d.At)];
        Assert.Equal([Utc(23, 1), Utc(26, 1), Utc(27, 1)], To("29:mgr-sh"));
        Assert.Equal([Utc(23, 7), Utc(26, 8), Utc(27, 8)], To("29:mgr-be"));
        Assert.Equal([Utc(23, 13), Utc(26, 13), Utc(27, 13)], To("29:mgr-ny"));
        Assert.Equal(9, digests.Count);
        var card = factory.Connector.Sends[^1].Activity.Attachments![0].Content!.Value;
        Assert.Equal(NudgeText.Format("Digest.Title", CultureInfo.GetCultureInfo("zh-CN"), 1), TeamsChat.CardTexts(card).First());
    }

    [Fact]
    public async Task Digest_WorkingWeekSundayToThursday_SentOnSundayNotOnFriday()
    {
        // Riyadh works Sunday to Thursday; 06:00 UTC is 09:00 there. Friday 13 and Sunday 15 March 2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?>(HandDriven);
        foreach (var (day, index) in new[] { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday" }.Select((d, i) => (d, i)))
        {
            settings[$"Nudges:DigestDays:{index}"] = day;
        }

        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: settings);
        await TeamSeed.AddAsync(factory.Services, "29:mgr", "Asia/Riyadh", "29:rep");
        await NudgeHost.SeedDealAsync(factory.Services, "29:rep", "客户", "商机");

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 13, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await NudgeHost.ScheduleAsync(factory.Services));
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await NudgeHost.ScheduleAsync(factory.Services));
        await NudgeHost.DeliverAsync(factory.Services);

        Assert.Equal(TeamSeed.ConversationOf("29:mgr"), Assert.Single(factory.Connector.Sends).ConversationId);
    }

    [Fact]
    public async Task Digest_NothingStalled_NoMessage()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
        await using var factory = new BotWebApplicationFactory(timeProvider: clock, settings: HandDriven);
        await TeamSeed.AddAsync(factory.Services, "29:mgr", "Asia/Shanghai", "29:rep");
        clock.Advance(TimeSpan.FromHours(2));
        await NudgeHost.SeedDealAsync(factory.Services, "29:rep", "客户", "刚更新的商机");

        Assert.Equal(0, await NudgeHost.ScheduleAsync(factory.Services));
        await NudgeHost.DeliverAsync(factory.Services);

        Assert.Empty(factory.Connector.Sends);
    }

    [Fact]
    public async Task Digest_TwoHostsOnOneDatabaseAndACrashBeforeTheSend_OneDigestPerManagerDay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var databasePath = Path.Combine(Path.GetTempPath(), $"salescoach-nudge-{Guid.NewGuid():N}.db");
        try
        {
            await using (var first = new BotWebApplicationFactory(timeProvider: clock, settings: HandDriven, databasePath: databasePath))
            {
                await TeamSeed.AddAsync(first.Services, "29:mgr", "Asia/Shanghai", "29:rep");
                await NudgeHost.SeedDealAsync(first.Services, "29:rep", "客户", "商机");
                clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero)); // 09:00 in Shanghai
                Assert.Equal(1, await NudgeHost.ScheduleAsync(first.Services));
                // The host dies after the claim, before the outbox is sent.
                Assert.Empty(first.Connector.Sends);
            }

            await using var a = new BotWebApplicationFactory(timeProvider: clock, settings: HandDriven, databasePath: databasePath);
            await using var b = new BotWebApplicationFactory(timeProvider: clock, settings: HandDriven, databasePath: databasePath);
            _ = a.Services;
            _ = b.Services;
            for (var tick = 0; tick < 3; tick++)
            {
                await Task.WhenAll(
                    Task.Run(() => NudgeHost.ScheduleAsync(a.Services)),
                    Task.Run(() => NudgeHost.ScheduleAsync(b.Services)));
                await Task.WhenAll(
                    Task.Run(() => NudgeHost.DeliverAsync(a.Services)),
                    Task.Run(() => NudgeHost.DeliverAsync(b.Services)));
                clock.Advance(TimeSpan.FromMinutes(30));
            }

            var sends = a.Connector.Sends.Concat(b.Connector.Sends).ToList();
            Assert.Equal(TeamSeed.ConversationOf("29:mgr"), Assert.Single(sends).ConversationId);
        }
        finally
        {
            TestDatabase.Delete(databasePath);
        }
    }
}
