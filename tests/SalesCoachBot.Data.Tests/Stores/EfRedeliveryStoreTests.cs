using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.TestSupport.Connector;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Databases;

namespace SalesCoachBot.Data.Tests.Stores;

public sealed class EfRedeliveryStoreTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task TryClaimAsync_ManyTurnsAtOnceOnTwoInstances_EachKeyClaimedExactlyOnce()
    {
        // Two processes on one database, 40 deliveries at once of 10 activities (each arriving four
        // times, on both instances): the claims are grouped into shared inserts, yet every activity is
        // claimed by exactly one delivery, and one row is kept for each.
        await using var first = new Bot(_root.Path, TestDialogs.Add);
        await first.MigrateAsync();
        await using var second = new Bot(_root.Path, TestDialogs.Add);
        var activities = Enumerable.Range(0, 10).Select(_ => first.Message("hi")).ToList();

        // Another writer holds the table while the deliveries arrive, so they pile up behind one insert
        // and the next one carries them all, the same activity several times in it.
        await using var blocker = TestDatabase.Connect(TestDatabase.DefaultPath(_root.Path));
        await blocker.OpenAsync();
        await ExecuteAsync(blocker, TestDatabase.IsPostgres
            ? """BEGIN; LOCK TABLE "RedeliveryRecords" IN EXCLUSIVE MODE"""
            : "BEGIN IMMEDIATE");

        var deliveries = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var bot = i % 2 == 0 ? first : second;
            var activity = activities[i % activities.Count];
            await using var scope = bot.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IRedeliveryStore>();
            var turn = new TurnContext(activity, new RecordingConnectorClient());
            return (activity.Id, Claimed: await store.TryClaimAsync($"msteams|{activity.Conversation!.Id}|{activity.Id}", turn, CancellationToken.None));
        })).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.DoesNotContain(deliveries, d => d.IsCompleted);
        await ExecuteAsync(blocker, "COMMIT");
        var results = await Task.WhenAll(deliveries);

        Assert.All(results.GroupBy(r => r.Id), g => Assert.Equal(1, g.Count(r => r.Claimed)));
        Assert.Equal(10, results.Count(r => r.Claimed));
        Assert.Equal(10, await TestDatabase.CountAsync(TestDatabase.DefaultPath(_root.Path), """SELECT COUNT(*) FROM "RedeliveryRecords" """));

        // A later delivery of any of them, on either instance, is a redelivery.
        await using var again = first.Services.CreateAsyncScope();
        var late = activities[3];
        Assert.False(await again.ServiceProvider.GetRequiredService<IRedeliveryStore>().TryClaimAsync(
            $"msteams|{late.Conversation!.Id}|{late.Id}", new TurnContext(late, new RecordingConnectorClient()), CancellationToken.None));
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
