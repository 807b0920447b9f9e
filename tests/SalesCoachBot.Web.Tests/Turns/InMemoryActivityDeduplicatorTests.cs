using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Web.Turns;

namespace SalesCoachBot.Web.Tests.Turns;

public sealed class InMemoryActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private InMemoryActivityDeduplicator Create(int capacity = 100) =>
        new(_time, Options.Create(new TurnPipelineOptions { DeduplicationWindow = TimeSpan.FromMinutes(10), DeduplicationCapacity = capacity }));

    [Fact]
    public async Task TryClaimAsync_SameKeyWithinTheWindow_OnlyTheFirstClaimWins()
    {
        var deduplicator = Create();

        var first = await deduplicator.TryClaimAsync("msteams|a:1|f:1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(9));
        var second = await deduplicator.TryClaimAsync("msteams|a:1|f:1", CancellationToken.None);
        var other = await deduplicator.TryClaimAsync("msteams|a:1|f:2", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.True(other);
    }

    [Fact]
    public async Task TryClaimAsync_AfterTheWindow_KeyIsForgottenAndClaimableAgain()
    {
        var deduplicator = Create();
        await deduplicator.TryClaimAsync("k", CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(10));
        var again = await deduplicator.TryClaimAsync("k", CancellationToken.None);

        Assert.True(again);
        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task TryClaimAsync_OverCapacity_ForgetsTheOldestKeysAndStaysBounded()
    {
        var deduplicator = Create(capacity: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            await deduplicator.TryClaimAsync(key, CancellationToken.None);
        }

        Assert.Equal(3, deduplicator.Count);
        Assert.False(await deduplicator.TryClaimAsync("d", CancellationToken.None));
        Assert.True(await deduplicator.TryClaimAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_ManyConcurrentClaimsOfOneKey_ExactlyOneWins()
    {
        var deduplicator = Create();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await deduplicator.TryClaimAsync("same", CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r));
    }
}
