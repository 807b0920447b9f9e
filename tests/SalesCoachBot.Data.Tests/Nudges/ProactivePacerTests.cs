using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Timing;

namespace SalesCoachBot.Data.Tests.Nudges;

/// <summary>
/// The shared send budget on the real clock: two instances on one database, each sending as fast as
/// the pacer lets it, stay together under Teams' limits in every one-second window.
/// </summary>
public sealed class ProactivePacerTests : IDisposable
{
    private static readonly Dictionary<string, string?> TeamsLimits = new()
    {
        ["Proactive:TenantMessagesPerSecond"] = "50",
        ["Proactive:ConversationMessagesPerSecond"] = "7",
    };

    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task WaitForTurnAsync_TwoInstancesSendingToOneTenant_NeverFiftyInAnySecond()
    {
        var connector = new ScriptedConnectorClient();
        await using var a = new ProactiveHost(_root.Path, TimeProvider.System, connector, settings: TeamsLimits);
        await using var b = new ProactiveHost(_root.Path, TimeProvider.System, connector, settings: TeamsLimits);
        await a.MigrateAsync();

        // 120 sends over 40 conversations of one tenant, 60 from each instance, all asking at once.
        var starts = await Task.WhenAll(Enumerable.Range(0, 120).Select(i => Task.Run(async () =>
        {
            await using var scope = (i % 2 == 0 ? a : b).Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ProactivePacer>().WaitForTurnAsync("t1", $"a:conversation-{i % 40}", CancellationToken.None);
            return (Conversation: i % 40, At: DateTimeOffset.UtcNow);
        })));

        Assert.InRange(SendRate.MostInOneSecond(starts.Select(s => s.At)), 5, 49);
        Assert.All(starts.GroupBy(s => s.Conversation), g => Assert.InRange(SendRate.MostInOneSecond(g.Select(s => s.At)), 1, 6));
        // Paced, not refused: 120 sends at under 50 a second take more than two seconds.
        Assert.True(starts.Max(s => s.At) - starts.Min(s => s.At) > TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task WaitForTurnAsync_ManySendsToOneConversation_NeverSevenInAnySecond()
    {
        await using var host = new ProactiveHost(_root.Path, TimeProvider.System, new ScriptedConnectorClient(), settings: TeamsLimits);
        await host.MigrateAsync();

        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 15; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ProactivePacer>().WaitForTurnAsync("t1", "a:one-chat", CancellationToken.None);
            starts.Add(DateTimeOffset.UtcNow);
        }

        Assert.InRange(SendRate.MostInOneSecond(starts), 2, 6);
    }
}
