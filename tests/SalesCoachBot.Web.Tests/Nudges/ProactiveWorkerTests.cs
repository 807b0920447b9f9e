using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>The real schedule and delivery workers, on a fake clock, against a connector that answers 429, 403, 404 and throws.</summary>
public sealed class ProactiveWorkerTests
{
    [Fact]
    public async Task Workers_ThrottledBlockedGoneAndThrowing_DigestArrivesAfterTheWaitsAndDeadReferencesGoInactive()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)); // a Sunday
        var delivered = new ConcurrentQueue<(string ConversationId, DateTimeOffset At)>();
        var calls = new ConcurrentQueue<string>();
        var callTimes = new ConcurrentQueue<(string ConversationId, DateTimeOffset At)>();
        var connector = new Mock<IConnectorClient>(MockBehavior.Strict);
        var answers = new ConcurrentDictionary<string, ConcurrentQueue<Func<ConnectorResult>>>();
        answers[TeamSeed.ConversationOf("29:mgr-429")] = new([() => new ConnectorResult(ConnectorOutcome.Throttled, 429, RetryAfter: TimeSpan.FromSeconds(20))]);
        answers[TeamSeed.ConversationOf("29:mgr-403")] = new([() => new ConnectorResult(ConnectorOutcome.Blocked, 403, Error: "blocked")]);
        answers[TeamSeed.ConversationOf("29:mgr-404")] = new([() => new ConnectorResult(ConnectorOutcome.ConversationGone, 404, Error: "gone")]);
        answers[TeamSeed.ConversationOf("29:mgr-boom")] = new([() => throw new HttpRequestException("connection reset")]);
        connector.Setup(c => c.SendToConversationAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .Returns((string _, string conversationId, Activity _, CancellationToken _) =>
            {
                calls.Enqueue(conversationId);
                callTimes.Enqueue((conversationId, clock.GetUtcNow()));
                if (answers.TryGetValue(conversationId, out var queue) && queue.TryDequeue(out var answer))
                {
                    return Task.FromResult(answer());
                }

                delivered.Enqueue((conversationId, clock.GetUtcNow()));
                return Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, "sent"));
            });
        await using var bot = new BotWebApplicationFactory(timeProvider: clock, settings: new Dictionary<string, string?>
        {
            ["Proactive:DeliveryInterval"] = "00:00:01",
            ["Proactive:RetryBackoff"] = "00:00:30",
        });
        await using var factory = bot.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton(connector.Object);
        }));
        foreach (var manager in new[] { "29:mgr-429", "29:mgr-403", "29:mgr-404", "29:mgr-boom" })
        {
            await TeamSeed.AddAsync(factory.Services, manager, "Asia/Shanghai", manager.Replace("mgr", "rep", StringComparison.Ordinal));
            await NudgeHost.SeedDealAsync(factory.Services, manager.Replace("mgr", "rep", StringComparison.Ordinal), "客户", "商机");
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 0, 59, 0, TimeSpan.Zero)); // Tuesday 08:59 in Shanghai
        await Task.Delay(300);
        Assert.Empty(calls);

        await AdvanceUntilAsync(clock, TimeSpan.FromSeconds(10), () => calls.Count >= 4);
        await AdvanceUntilAsync(clock, TimeSpan.FromSeconds(5), () => delivered.Count >= 2);
        for (var i = 0; i < 12; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await Task.Delay(50);
        }

        Assert.Equal(
            [TeamSeed.ConversationOf("29:mgr-429"), TeamSeed.ConversationOf("29:mgr-boom")],
            delivered.Select(d => d.ConversationId).Order(StringComparer.Ordinal));
        DateTimeOffset FirstCall(string manager) => callTimes.First(c => c.ConversationId == TeamSeed.ConversationOf(manager)).At;
        DateTimeOffset Delivered(string manager) => delivered.Single(d => d.ConversationId == TeamSeed.ConversationOf(manager)).At;
        Assert.True(Delivered("29:mgr-429") >= FirstCall("29:mgr-429").AddSeconds(20), "sent again before Retry-After");
        Assert.True(Delivered("29:mgr-boom") >= FirstCall("29:mgr-boom").AddSeconds(30), "retried before the back-off");
        Assert.Equal(1, calls.Count(c => c == TeamSeed.ConversationOf("29:mgr-403")));
        Assert.Equal(1, calls.Count(c => c == TeamSeed.ConversationOf("29:mgr-404")));
        await using var scope = factory.Services.CreateAsyncScope();
        var references = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        Assert.Null(await references.FindForUserAsync("29:mgr-403", CancellationToken.None));
        Assert.Null(await references.FindForUserAsync("29:mgr-404", CancellationToken.None));
        Assert.NotNull(await references.FindForUserAsync("29:mgr-429", CancellationToken.None));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Category.Contains("Worker", StringComparison.Ordinal) && e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    /// <summary>
    /// Moves the fake clock in steps, giving the background workers (real threads) time to act on
    /// each, until <paramref name="condition"/> holds; gives up after a generous bound.
    /// </summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, TimeSpan step, Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            clock.Advance(step);
            await Task.Delay(50);
        }

        Assert.True(condition(), "The workers did not get there.");
    }
}
