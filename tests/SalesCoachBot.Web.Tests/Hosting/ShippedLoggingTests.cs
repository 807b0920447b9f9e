using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Hosting;

/// <summary>The shipped appsettings keep an idle local run quiet: the workers' ticks print no SQL.</summary>
public sealed class ShippedLoggingTests
{
    [Fact]
    public async Task IdleHost_WorkersTickForMinutes_NoDatabaseCommandLoggedBelowWarning()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var factory = new BotWebApplicationFactory(timeProvider: clock);
        using var client = factory.CreateClient();
        using var health = await client.GetAsync("/healthz");

        // Each step wakes the outbox poller (every 5 s) and, each minute, the daily jobs' schedule.
        for (var i = 0; i < 36; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }

        var sql = factory.Logs.Entries
            .Where(e => e.Level < LogLevel.Warning)
            .Where(e => e.Category.StartsWith("Microsoft.EntityFrameworkCore.Database", StringComparison.Ordinal)
                || e.Message.Contains("SELECT", StringComparison.Ordinal)
                || e.Message.Contains("Executed DbCommand", StringComparison.Ordinal))
            .Select(e => $"{e.Category}: {e.Message}")
            .ToList();
        Assert.Empty(sql);
    }
}
