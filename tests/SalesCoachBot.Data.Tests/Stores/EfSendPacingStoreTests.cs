using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data.Tests.Nudges;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Stores;

/// <summary>The shared send budget and the outbox's claims, with two instances on one database at once.</summary>
public sealed class EfSendPacingStoreTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task ReserveAsync_TwoInstancesAtOnce_StartsOneIntervalApartAfterTheBurst()
    {
        var connector = new ScriptedConnectorClient();
        await using var a = new ProactiveHost(_root.Path, _clock, connector);
        await using var b = new ProactiveHost(_root.Path, _clock, connector);
        await a.MigrateAsync();
        var interval = TimeSpan.FromMilliseconds(20);
        var now = _clock.GetUtcNow();

        var reserved = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            await using var scope = (i % 2 == 0 ? a : b).Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ISendPacingStore>().ReserveAsync("tenant:t1", now, interval, burst: 3, CancellationToken.None);
        })));

        var starts = reserved.Order().ToList();
        // The burst: three at once; then one per interval, none shared, none closer.
        Assert.Equal([now, now, now], starts[..3]);
        for (var i = 3; i < starts.Count; i++)
        {
            Assert.Equal(now + (interval * (i - 2)), starts[i]);
        }
    }

    [Fact]
    public async Task ReserveAsync_AfterAQuietSpell_StartsAtOnceAndOtherKeysAreIndependent()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, new ScriptedConnectorClient());
        await host.MigrateAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISendPacingStore>();
        var interval = TimeSpan.FromMilliseconds(100);
        var now = _clock.GetUtcNow();

        var first = await store.ReserveAsync("tenant:t1", now, interval, 1, CancellationToken.None);
        var second = await store.ReserveAsync("tenant:t1", now, interval, 1, CancellationToken.None);
        var otherTenant = await store.ReserveAsync("tenant:t2", now, interval, 1, CancellationToken.None);
        var later = await store.ReserveAsync("tenant:t1", now.AddSeconds(5), interval, 1, CancellationToken.None);

        Assert.Equal([now, now + interval, now, now.AddSeconds(5)], [first, second, otherTenant, later]);
        Assert.Equal(1, await store.PurgeAsync(now.AddSeconds(1), CancellationToken.None));
    }

    [Fact]
    public async Task LeaseDueAsync_TwoInstancesAtOnce_EachEntryClaimedByExactlyOne()
    {
        var connector = new ScriptedConnectorClient();
        await using var a = new ProactiveHost(_root.Path, _clock, connector);
        await using var b = new ProactiveHost(_root.Path, _clock, connector);
        await a.MigrateAsync();
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IProactiveStore>();
            for (var i = 0; i < 120; i++)
            {
                await outbox.StageEnqueueAsync(new OutboxDraft("ping", $"29:u{i}", new Activity { Type = ActivityTypes.Message, Text = "hi" }), CancellationToken.None);
            }

            await scope.ServiceProvider.GetRequiredService<SalesCoachBot.Dialogs.State.IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var scope = (i % 2 == 0 ? a : b).Services.CreateAsyncScope();
            var leased = await scope.ServiceProvider.GetRequiredService<IProactiveStore>().LeaseDueAsync(_clock.GetUtcNow(), TimeSpan.FromMinutes(2), 20, CancellationToken.None);
            return leased.Select(m => m.Id).ToList();
        })));

        var claimed = batches.SelectMany(ids => ids).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.Equal(120, claimed.Count);

        // Nothing is due while the leases last; all of it again once they ran out (a killed instance's claims).
        await using var after = b.Services.CreateAsyncScope();
        var store = after.ServiceProvider.GetRequiredService<IProactiveStore>();
        Assert.Empty(await store.LeaseDueAsync(_clock.GetUtcNow().AddMinutes(1), TimeSpan.FromMinutes(2), 200, CancellationToken.None));
        Assert.Equal(120, (await store.LeaseDueAsync(_clock.GetUtcNow().AddMinutes(2), TimeSpan.FromMinutes(2), 200, CancellationToken.None)).Count);
    }
}
