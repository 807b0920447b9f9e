using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Nudges;

public sealed class ProactiveSchedulerTests : IDisposable
{
    private static readonly TimeOnly NineAm = new(9, 0);
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task RunAsync_ThreeZonesAcrossBerlinsDstChange_EachGetsOneMessagePerWorkingDayAtTheirNineAm()
    {
        // Friday 2026-10-23 00:00 UTC to Tuesday 2026-10-27 23:45 UTC, ticking every 15 minutes;
        // Europe/Berlin leaves summer time on Sunday 2026-10-25.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 23, 0, 0, 0, TimeSpan.Zero));
        var connector = new ScriptedConnectorClient();
        await using var host = new ProactiveHost(_root.Path, clock, connector);
        await host.MigrateAsync();
        var job = new FixedJob(clock,
            new ProactiveRecipient("29:shanghai", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm),
            new ProactiveRecipient("29:berlin", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), NineAm),
            new ProactiveRecipient("29:newyork", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), NineAm));

        while (clock.GetUtcNow() < new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero))
        {
            await host.ScheduleAsync(job);
            clock.Advance(TimeSpan.FromMinutes(15));
        }

        DateTimeOffset Utc(int day, int hour) => new(2026, 10, day, hour, 0, 0, TimeSpan.Zero);
        Assert.Equal([Utc(23, 1), Utc(26, 1), Utc(27, 1)], BuiltAt(job, "29:shanghai"));
        // 09:00 CEST is 07:00 UTC; after the change, 09:00 CET is 08:00 UTC.
        Assert.Equal([Utc(23, 7), Utc(26, 8), Utc(27, 8)], BuiltAt(job, "29:berlin"));
        // New York is still on EDT (it changes on 1 November): 13:00 UTC. At the first tick it was
        // Thursday 20:00 there and Thursday's message not yet sent: it goes out late, that evening.
        Assert.Equal([Utc(23, 0), Utc(23, 13), Utc(26, 13), Utc(27, 13)], BuiltAt(job, "29:newyork"));
        Assert.Equal(new DateOnly(2026, 10, 22), job.Built.First(b => b.UserId == "29:newyork").LocalDate);
        Assert.DoesNotContain(job.Built, b => b.LocalDate.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(10, await host.QueryAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(10, await host.QueryAsync(db => db.ProactiveLedger.CountAsync()));
    }

    [Fact]
    public async Task RunAsync_BotDownAtNine_SentLateTheSameDayAndNotAgainAfterARestart()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 6, 30, 0, TimeSpan.Zero)); // 14:30 in Shanghai
        var connector = new ScriptedConnectorClient();
        var recipient = new ProactiveRecipient("29:manager", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm);
        await using (var first = new ProactiveHost(_root.Path, clock, connector))
        {
            await first.MigrateAsync();
            Assert.Equal(1, await first.ScheduleAsync(new FixedJob(clock, recipient)));
        }

        clock.Advance(TimeSpan.FromHours(1));
        await using var restarted = new ProactiveHost(_root.Path, clock, connector);
        var job = new FixedJob(clock, recipient);
        Assert.Equal(0, await restarted.ScheduleAsync(job));
        Assert.Empty(job.Built);
        Assert.Equal(1, await restarted.QueryAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task RunAsync_NothingToSay_ClaimedWithoutAMessageAndNotAskedAgainThatDay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
        var connector = new ScriptedConnectorClient();
        await using var host = new ProactiveHost(_root.Path, clock, connector);
        await host.MigrateAsync();
        var job = new FixedJob(clock, new ProactiveRecipient("29:manager", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm));
        job.Silent.Add("29:manager");

        Assert.Equal(0, await host.ScheduleAsync(job));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await host.ScheduleAsync(job));

        Assert.Single(job.Built);
        Assert.Equal(0, await host.QueryAsync(db => db.Outbox.CountAsync()));
        var ledger = await host.QueryAsync(db => db.ProactiveLedger.SingleAsync());
        Assert.Equal(ProactiveLedgerState.NothingToSend, ledger.State);
    }

    [Fact]
    public async Task RunAsync_TwoInstancesOnOneFileAtOnce_OneClaimAndOneDelivery()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
        var connector = new ScriptedConnectorClient();
        await using var a = new ProactiveHost(_root.Path, clock, connector);
        await using var b = new ProactiveHost(_root.Path, clock, connector);
        await a.MigrateAsync();
        await a.RememberAsync("29:manager", "a:manager-chat");
        var recipients = Enumerable.Range(0, 20).Select(i => new ProactiveRecipient($"29:m{i}", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm)).ToArray();
        foreach (var r in recipients)
        {
            await a.RememberAsync(r.UserId, $"a:{r.UserId}");
        }

        var enqueued = await Task.WhenAll(
            Task.Run(() => a.ScheduleAsync(new FixedJob(clock, recipients))),
            Task.Run(() => b.ScheduleAsync(new FixedJob(clock, recipients))));
        await Task.WhenAll(Task.Run(a.DeliverAsync), Task.Run(b.DeliverAsync));

        Assert.Equal(20, enqueued.Sum());
        Assert.Equal(20, await a.QueryAsync(db => db.ProactiveLedger.CountAsync()));
        Assert.Equal(20, connector.Delivered.Count);
        Assert.Equal(20, connector.Delivered.Select(d => d.ConversationId).Distinct().Count());
    }

    private static List<DateTimeOffset> BuiltAt(FixedJob job, string userId) =>
        [.. job.Built.Where(b => b.UserId == userId).Select(b => b.BuiltAt)];
}
