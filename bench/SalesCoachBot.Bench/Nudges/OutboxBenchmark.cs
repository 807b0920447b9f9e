using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace SalesCoachBot.Bench.Nudges;

/// <summary>
/// The outbox at Teams' limits: a batch of messages emptied by one or three instances on one
/// database (SQLite, and PostgreSQL when <c>SALESCOACH_BENCH_POSTGRES</c> or <c>SALESCOACH_TEST_POSTGRES</c>
/// names a server), into a stand-in connector that refuses 30 % of the sends with 429 (Retry-After 1 s)
/// or 503. Prints the rate, the most calls to one tenant in any second, and what was lost or sent twice.
/// Asserts nothing. The outbox retries after 2 s here (30 s by default) so a run ends in seconds.
/// </summary>
internal static class OutboxBenchmark
{
    private const double RefusedShare = 0.3;

    public static async Task RunAsync(int acrossTenants, int oneTenant)
    {
        var server = Environment.GetEnvironmentVariable("SALESCOACH_BENCH_POSTGRES") is { Length: > 0 } bench
            ? bench
            : Environment.GetEnvironmentVariable("SALESCOACH_TEST_POSTGRES");
        var providers = string.IsNullOrEmpty(server) ? new[] { "Sqlite" } : ["Sqlite", "Postgres"];
        if (string.IsNullOrEmpty(server))
        {
            Console.WriteLine("outbox           PostgreSQL skipped: set SALESCOACH_BENCH_POSTGRES (eval \"$(bash scripts/postgres.sh)\" sets SALESCOACH_TEST_POSTGRES)");
        }

        foreach (var provider in providers)
        {
            foreach (var instances in new[] { 1, 3 })
            {
                await RunCellAsync(provider, server, instances, acrossTenants, tenants: 100).ConfigureAwait(false);
                await RunCellAsync(provider, server, instances, oneTenant, tenants: 1).ConfigureAwait(false);
            }
        }
    }

    private static async Task RunCellAsync(string provider, string? server, int instanceCount, int count, int tenants)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"salescoach-outbox-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var database = "sc_bench_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = provider == "Sqlite"
            ? $"Data Source={Path.Combine(folder, "outbox.db")}"
            : new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:SalesCoach"] = connectionString,
            ["Proactive:RetryBackoff"] = "00:00:02",
            ["Proactive:BatchSize"] = "100",
            ["Proactive:Lease"] = "00:00:30",
        }).Build();
        var connector = new FlakyConnector(RefusedShare, seed: 7);
        var hosts = Enumerable.Range(0, instanceCount).Select(_ => Build(configuration, folder, connector)).ToList();
        try
        {
            // AddData's start-up migration is a hosted service; started here as the host would.
            foreach (var hosted in hosts[0].GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None).ConfigureAwait(false);
            }

            await SeedAsync(hosts[0], count, tenants).ConfigureAwait(false);

            var startedTicks = DateTimeOffset.UtcNow.UtcTicks;
            var watch = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await Task.WhenAll(hosts.Select(host => Task.Run(() => DrainAsync(host, connector, count, stop.Token)))).ConfigureAwait(false);
            watch.Stop();

            var rate = connector.ConversationsReached / watch.Elapsed.TotalSeconds;
            // The sustained pace: 90 % of the messages, before the tail of those refused several times running.
            var ninety = connector.ReachedShareAt(0.9, count) is { } at ? TimeSpan.FromTicks(at - startedTicks) : watch.Elapsed;
            var sustained = Math.Ceiling(0.9 * count) / ninety.TotalSeconds;
            var label = string.Create(CultureInfo.InvariantCulture, $"outbox {provider,-8} {instanceCount} instance{(instanceCount == 1 ? " " : "s")} {tenants,3} tenant{(tenants == 1 ? " " : "s")}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label} {connector.ConversationsReached,5} of {count} in {watch.Elapsed.TotalSeconds,6:F1} s: {rate,5:F0} msg/s = {rate * 3600,7:F0}/h (90 % in {ninety.TotalSeconds:F1} s: {sustained * 3600,7:F0}/h); {connector.Refused} refused and retried; most calls to one tenant in a second {connector.MostCallsInOneSecondToOneTenant()}; lost {count - connector.ConversationsReached}, sent twice {connector.SentTwice}"));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync().ConfigureAwait(false);
            }

            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (provider == "Postgres")
            {
                await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
                await admin.OpenAsync().ConfigureAwait(false);
                await using var drop = admin.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
                await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Build(IConfiguration configuration, string folder, IConnectorClient connector)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton(connector)
            .AddLogging();
        services.AddData(configuration, folder);
        services.AddDialogs();
        services.AddProactive();
        return services.BuildServiceProvider();
    }

    private static async Task SeedAsync(IServiceProvider services, int count, int tenants)
    {
        await using var scope = services.CreateAsyncScope();
        var references = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        var outbox = scope.ServiceProvider.GetRequiredService<IProactiveStore>();
        for (var i = 0; i < count; i++)
        {
            var tenant = $"tenant-{i % tenants}";
            await references.SaveAsync(new ConversationReference
            {
                ServiceUrl = "https://smba.trafficmanager.net/amer/",
                ChannelId = "msteams",
                Conversation = new ConversationAccount { Id = $"a:{i}", ConversationType = "personal", TenantId = tenant },
                User = new ChannelAccount { Id = $"29:u{i}" },
                TenantId = tenant,
            }, CancellationToken.None).ConfigureAwait(false);
            await outbox.StageEnqueueAsync(new OutboxDraft("bench", $"29:u{i}", new Activity { Type = ActivityTypes.Message, Text = "digest" }), CancellationToken.None).ConfigureAwait(false);
        }

        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>One instance's delivery worker: batch after batch until every conversation has its message.</summary>
    private static async Task DrainAsync(IServiceProvider services, FlakyConnector connector, int count, CancellationToken cancellationToken)
    {
        while (connector.ConversationsReached < count && !cancellationToken.IsCancellationRequested)
        {
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<ProactiveDelivery>().DeliverDueAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                // Nothing due now: what is left waits for its retry time, as the worker's poll would.
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
