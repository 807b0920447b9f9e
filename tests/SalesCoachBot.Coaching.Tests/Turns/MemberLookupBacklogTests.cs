using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Turns;

namespace SalesCoachBot.Coaching.Tests.Turns;

public sealed class MemberLookupBacklogTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryEnqueue_NobodyReading_HoldsAtMostTheCapacityAndDropsTheRest()
    {
        var backlog = new MemberLookupBacklog(_clock);
        for (var i = 0; i < MemberLookupBacklog.Capacity; i++)
        {
            Assert.True(backlog.TryEnqueue(Request($"29:user-{i}"), out _));
        }

        Assert.False(backlog.TryEnqueue(Request("29:one-too-many"), out var full));
        Assert.True(full);

        var read = 0;
        using var drained = new CancellationTokenSource();
        await foreach (var _ in backlog.ReadAllAsync(drained.Token))
        {
            backlog.Done();
            if (++read == MemberLookupBacklog.Capacity)
            {
                break;
            }
        }

        await backlog.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WhenIdleAsync_OnlyOnceEveryNotedLookUpIsDone_AndTheSameUserIsNotNotedTwiceWithinTheHour()
    {
        var backlog = new MemberLookupBacklog(_clock);
        Assert.True(backlog.WhenIdleAsync(CancellationToken.None).IsCompleted);

        Assert.True(backlog.TryEnqueue(Request("29:rep-a"), out _));
        Assert.False(backlog.TryEnqueue(Request("29:rep-a"), out var full));
        Assert.False(full);
        Assert.True(backlog.TryEnqueue(Request("29:rep-b"), out _));
        var idle = backlog.WhenIdleAsync(CancellationToken.None);

        backlog.Done();
        Assert.False(idle.IsCompleted);
        backlog.Done();
        await idle.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static MemberLookupRequest Request(string userId) => new("https://smba.trafficmanager.net/amer/", $"a:personal-{userId}", userId);
}
