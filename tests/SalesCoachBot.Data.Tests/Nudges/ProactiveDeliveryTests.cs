using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Nudges;

public sealed class ProactiveDeliveryTests : IDisposable
{
    private static readonly TimeOnly NineAm = new(9, 0);
    private readonly TempDirectory _root = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero)); // 10:00 in Shanghai, a Tuesday
    private readonly ScriptedConnectorClient _connector = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task DeliverDueAsync_ClaimedThenCrashedBeforeTheSend_DeliveredOnceAfterTheRestart()
    {
        var job = new FixedJob(_clock, new ProactiveRecipient("29:manager", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm));
        await using (var crashed = new ProactiveHost(_root.Path, _clock, _connector))
        {
            await crashed.MigrateAsync();
            await crashed.RememberAsync("29:manager", "a:manager-chat");
            Assert.Equal(1, await crashed.ScheduleAsync(job));
            // The process dies here: claimed and queued, never sent.
        }

        Assert.Empty(_connector.Delivered);
        await using var restarted = new ProactiveHost(_root.Path, _clock, _connector);
        await restarted.ScheduleAsync(job);
        await restarted.DeliverAsync();
        await restarted.DeliverAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        await restarted.ScheduleAsync(job);
        await restarted.DeliverAsync();

        var delivered = Assert.Single(_connector.Delivered);
        Assert.Equal("a:manager-chat", delivered.ConversationId);
        Assert.Equal("digest 29:manager 2026-03-10", delivered.Activity.Text);
        var ledger = await restarted.QueryAsync(db => db.ProactiveLedger.SingleAsync());
        Assert.Equal(ProactiveLedgerState.Sent, ledger.State);
    }

    [Fact]
    public async Task DeliverDueAsync_CrashedMidSend_TheLeaseRunsOutAndAnotherInstanceSendsIt()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        await host.RememberAsync("29:manager", "a:manager-chat");
        await host.ScheduleAsync(new FixedJob(_clock, new ProactiveRecipient("29:manager", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm)));
        await host.QueryAsync(async db =>
        {
            // As a worker that leased the message and died before sending.
            var leased = await db.Outbox.SingleAsync();
            await db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OutboxState.Sending)
                .SetProperty(o => o.LeaseUntilMs, _clock.GetUtcNow().AddMinutes(2).ToUnixTimeMilliseconds()));
            return leased.Id;
        });

        await host.DeliverAsync();
        Assert.Empty(_connector.Delivered);
        _clock.Advance(TimeSpan.FromMinutes(3));
        await host.DeliverAsync();

        Assert.Single(_connector.Delivered);
    }

    [Fact]
    public async Task DeliverDueAsync_ThrottledWithRetryAfter_WaitsThatLongThenDelivers()
    {
        await using var host = await StartWithOneMessageAsync("a:manager-chat");
        _connector.ScriptAll("a:manager-chat", () => new ConnectorResult(ConnectorOutcome.Throttled, 429, RetryAfter: TimeSpan.FromSeconds(40)));

        await host.DeliverAsync();
        var throttled = await host.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(OutboxState.Throttled, throttled.State);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(40).ToUnixTimeMilliseconds(), throttled.NextAttemptAtMs);

        _clock.Advance(TimeSpan.FromSeconds(39));
        await host.DeliverAsync();
        Assert.Empty(_connector.Delivered);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await host.DeliverAsync();

        Assert.Single(_connector.Delivered);
        Assert.Equal(OutboxState.Sent, (await host.QueryAsync(db => db.Outbox.SingleAsync())).State);
    }

    [Theory]
    [InlineData(ConnectorOutcome.Blocked, 403)]
    [InlineData(ConnectorOutcome.ConversationGone, 404)]
    public async Task DeliverDueAsync_BlockedOrGone_FailedForGoodAndTheReferenceInactive(ConnectorOutcome outcome, int status)
    {
        await using var host = await StartWithOneMessageAsync("a:manager-chat");
        _connector.ScriptAll("a:manager-chat", () => new ConnectorResult(outcome, status, Error: "gone"));

        await host.DeliverAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        await host.DeliverAsync();

        Assert.Equal(1, _connector.Calls);
        var entry = await host.QueryAsync(db => db.Outbox.Include(o => o.LedgerEntry).SingleAsync());
        Assert.Equal(OutboxState.Failed, entry.State);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.LastError, StringComparison.Ordinal);
        Assert.Equal(ProactiveLedgerState.Failed, entry.LedgerEntry!.State);
        Assert.Null(await host.FindReferenceAsync("29:manager"));
    }

    [Fact]
    public async Task DeliverDueAsync_FailingAndThrowing_RetriedWithDoublingWaitsThenGivenUpWithoutThrowing()
    {
        await using var host = await StartWithOneMessageAsync("a:manager-chat");
        _connector.ScriptAll("a:manager-chat",
            () => new ConnectorResult(ConnectorOutcome.Failed, 503, Error: "unavailable"),
            () => throw new HttpRequestException("connection reset"),
            () => new ConnectorResult(ConnectorOutcome.Failed, 500, Error: "boom"));

        await host.DeliverAsync();
        var first = await host.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal((OutboxState.Pending, 1), (first.State, first.Attempts));
        Assert.Equal(_clock.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds(), first.NextAttemptAtMs);

        _clock.Advance(TimeSpan.FromSeconds(30));
        await host.DeliverAsync();
        var second = await host.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal((OutboxState.Pending, 2), (second.State, second.Attempts));
        Assert.Equal(_clock.GetUtcNow().AddSeconds(60).ToUnixTimeMilliseconds(), second.NextAttemptAtMs);

        _clock.Advance(TimeSpan.FromSeconds(60));
        await host.DeliverAsync();
        var last = await host.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal((OutboxState.Failed, 3), (last.State, last.Attempts));
        Assert.Contains("Out of attempts", last.LastError, StringComparison.Ordinal);
        Assert.Empty(_connector.Delivered);
        Assert.NotNull(await host.FindReferenceAsync("29:manager"));
    }

    [Fact]
    public async Task DeliverDueAsync_NoReferenceButATeamsTarget_OpensAOneToOneChatOnce()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        await EnqueueForNewManagerAsync(host);

        _connector.ScriptAll("a:created-29:new-manager", () => new ConnectorResult(ConnectorOutcome.Failed, 502));
        await host.DeliverAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));
        await host.DeliverAsync();

        var delivered = Assert.Single(_connector.Delivered);
        Assert.Equal("a:created-29:new-manager", delivered.ConversationId);
        Assert.Equal("hello", delivered.Activity.Text);
    }

    [Fact]
    public async Task DeliverDueAsync_HalfTheLeaseGoneBeforeTheSend_LeftForItsNextLeaseAndSentOnce()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        await EnqueueForNewManagerAsync(host);

        // Opening the chat takes 70 s of the 2 min lease: a send started now could still be out when
        // the lease runs out and another worker sends the same message.
        _connector.WhileCreating = () => _clock.Advance(TimeSpan.FromSeconds(70));
        await host.DeliverAsync();
        Assert.Empty(_connector.Delivered);
        Assert.Equal(OutboxState.Sending, (await host.QueryAsync(db => db.Outbox.SingleAsync())).State);

        _connector.WhileCreating = null;
        await host.DeliverAsync();
        Assert.Empty(_connector.Delivered);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await host.DeliverAsync();

        Assert.Single(_connector.Delivered);
        Assert.Equal(OutboxState.Sent, (await host.QueryAsync(db => db.Outbox.SingleAsync())).State);
    }

    [Fact]
    public async Task StageResultAsync_AfterTheLeaseWasTakenOver_TheLateOutcomeIsNotRecorded()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        await EnqueueForNewManagerAsync(host);
        OutboxMessage stale;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            stale = Assert.Single(await scope.ServiceProvider.GetRequiredService<IProactiveStore>().LeaseDueAsync(_clock.GetUtcNow(), TimeSpan.FromMinutes(2), 10, CancellationToken.None));
        }

        // That worker stalls past its lease; another one sends the message and records it.
        _clock.Advance(TimeSpan.FromMinutes(3));
        await host.DeliverAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var late = new DeliveryResult(OutboxState.Pending, _clock.GetUtcNow()) { RetryAt = _clock.GetUtcNow(), Error = "late timeout" };
            Assert.False(await scope.ServiceProvider.GetRequiredService<IProactiveStore>().StageResultAsync(stale, late, CancellationToken.None));
            await scope.ServiceProvider.GetRequiredService<Dialogs.State.IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        var entry = await host.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal((OutboxState.Sent, 1, null), (entry.State, entry.Attempts, entry.LastError));
        Assert.Single(_connector.Delivered);
    }

    [Fact]
    public async Task DeliverDueAsync_NoWayToReachTheRecipient_FailedWithTheReasonNotDropped()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        await host.ScheduleAsync(new FixedJob(_clock, new ProactiveRecipient("29:unknown", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm)));

        await host.DeliverAsync();

        var entry = await host.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(OutboxState.Failed, entry.State);
        Assert.Contains("No active conversation reference", entry.LastError, StringComparison.Ordinal);
    }

    private static async Task EnqueueForNewManagerAsync(ProactiveHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IProactiveStore>().StageEnqueueAsync(new OutboxDraft("notice", "29:new-manager", new Protocol.Activities.Activity { Type = "message", Text = "hello" })
        {
            Fallback = new ProactiveTarget("https://smba.trafficmanager.net/amer/", "tenant-1", "29:new-manager"),
        }, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<Dialogs.State.IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    }

    private async Task<ProactiveHost> StartWithOneMessageAsync(string conversationId)
    {
        var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        await host.RememberAsync("29:manager", conversationId);
        await host.ScheduleAsync(new FixedJob(_clock, new ProactiveRecipient("29:manager", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), NineAm)));
        return host;
    }
}
