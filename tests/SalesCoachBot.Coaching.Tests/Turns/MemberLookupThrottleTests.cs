using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Turns;

namespace SalesCoachBot.Coaching.Tests.Turns;

public sealed class MemberLookupThrottleTests
{
    [Fact]
    public void TryStart_SameUserWithinTheInterval_OnlyOnceUntilTheIntervalPasses()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        var throttle = new MemberLookupThrottle(clock);

        Assert.True(throttle.TryStart("29:rep-a"));
        Assert.False(throttle.TryStart("29:rep-a"));
        Assert.True(throttle.TryStart("29:rep-b"));

        clock.Advance(MemberLookupThrottle.Interval - TimeSpan.FromSeconds(1));
        Assert.False(throttle.TryStart("29:rep-a"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(throttle.TryStart("29:rep-a"));
    }
}
