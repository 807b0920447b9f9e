using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager.Link;
using SalesCoachBot.Data.Tests.Nudges;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Databases;

namespace SalesCoachBot.Data.Tests.Stores;

/// <summary>The shared look-up windows, with two instances on one database at once (SQLite, or PostgreSQL: <see cref="TestDatabase"/>).</summary>
public sealed class EfLookupWindowStoreTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly TempDirectory _root = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, string?> _database;

    public EfLookupWindowStoreTests() => _database = TestDatabase.Settings(_root.Combine("windows.db"));

    public void Dispose()
    {
        TestDatabase.Delete(_root.Combine("windows.db"));
        _root.Dispose();
    }

    [Fact]
    public async Task CountAsync_TwoInstancesAtOnce_EveryLookUpCountedOnce()
    {
        await using var a = new ProactiveHost(_root.Path, _clock, new ScriptedConnectorClient(), settings: _database);
        await using var b = new ProactiveHost(_root.Path, _clock, new ScriptedConnectorClient(), settings: _database);
        await a.MigrateAsync();
        var now = _clock.GetUtcNow();

        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await using var scope = (i % 2 == 0 ? a : b).Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ILookupWindowStore>().CountAsync("manager-lookup:29:rep", now, Minute, CancellationToken.None);
        })));

        Assert.Equal(Enumerable.Range(1, 40), counts.Order());
    }

    [Fact]
    public async Task CountAsync_WindowOverOrAnotherKey_CountsFromOneAgain_AndOldWindowsArePurged()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, new ScriptedConnectorClient(), settings: _database);
        await host.MigrateAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ILookupWindowStore>();
        var now = _clock.GetUtcNow();

        var counts = new[]
        {
            await store.CountAsync("manager-lookup:29:a", now, Minute, CancellationToken.None),
            await store.CountAsync("manager-lookup:29:a", now.AddSeconds(59), Minute, CancellationToken.None),
            await store.CountAsync("manager-lookup:29:b", now.AddSeconds(59), Minute, CancellationToken.None),
            await store.CountAsync("manager-lookup:29:a", now.AddSeconds(60), Minute, CancellationToken.None),
            await store.CountAsync("manager-lookup:29:a", now.AddSeconds(61), Minute, CancellationToken.None),
        };

        Assert.Equal([1, 2, 1, 1, 2], counts);
        // b's window began at 0:59, a's new one at 1:00.
        Assert.Equal(1, await store.PurgeAsync(now.AddSeconds(60), CancellationToken.None));
        Assert.Equal(1, await store.CountAsync("manager-lookup:29:b", now.AddSeconds(62), Minute, CancellationToken.None));
    }
}
