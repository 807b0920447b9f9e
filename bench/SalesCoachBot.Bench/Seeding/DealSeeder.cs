using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Data;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Bench.Seeding;

/// <summary>
/// Writes a SQLite database holding <c>deals</c> deals of <c>managers</c> managers' teams (ten reps
/// each, people on every deal), through the product's own stores and migrations, so the host can be
/// measured on a full database. Arguments: <c>path [deals] [managers]</c>.
/// </summary>
public static class DealSeeder
{
    private const int BatchSize = 2_000;

    public static async Task RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 1)
        {
            throw new ArgumentException("seed-deals needs the database path: seed-deals <path> [deals] [managers]");
        }

        var path = Path.GetFullPath(args[0]);
        var dealCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var managerCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
        var repCount = managerCount * 10;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:SalesCoach"] = $"Data Source={path}",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddData(configuration, Path.GetDirectoryName(path)!);
        services.AddDialogs();
        await using var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var random = new Random(42);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var roles = Enum.GetValues<DecisionChainRole>();
        for (var start = 0; start < Math.Max(dealCount, repCount + managerCount); start += BatchSize)
        {
            await using var scope = provider.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<IUserStore>();
            var deals = scope.ServiceProvider.GetRequiredService<IDealStore>();
            for (var i = start; i < start + BatchSize; i++)
            {
                if (i < managerCount)
                {
                    await users.UpsertAsync(new UserProfile($"29:manager-{i}") { Name = $"经理{i}", Role = UserRole.Manager, TenantId = "tenant-seed" }, CancellationToken.None).ConfigureAwait(false);
                }

                if (i < repCount)
                {
                    await users.UpsertAsync(new UserProfile($"29:rep-{i}")
                    {
                        Name = $"销售{i}",
                        TenantId = "tenant-seed",
                        ManagerId = $"29:manager-{i % managerCount}",
                        ManagerSource = ManagerSource.Directory,
                    }, CancellationToken.None).ConfigureAwait(false);
                }

                if (i < dealCount)
                {
                    var people = Enumerable.Range(0, random.Next(1, 8)).Select(p => new Stakeholder
                    {
                        Id = Guid.NewGuid(),
                        Name = $"联系人{p}",
                        Title = "总监",
                        DecisionChainRoles = new HashSet<DecisionChainRole> { roles[random.Next(roles.Length)] },
                        IsCoach = random.Next(5) == 0,
                        LastContactOn = today.AddDays(-random.Next(0, 60)),
                    }).ToList();
                    await deals.SaveAsync($"29:rep-{i % repCount}", new Deal
                    {
                        Id = Guid.NewGuid(),
                        Customer = $"客户{i}",
                        Name = $"项目{i}",
                        Value = random.Next(100, 10_000) * 1000m,
                        Stage = (BuyingJourneyStage)random.Next(0, 6),
                        ExpectedCloseOn = today.AddDays(random.Next(-30, 120)),
                        Stakeholders = people,
                    }, CancellationToken.None).ConfigureAwait(false);
                }
            }

            var outcome = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            if (outcome != UnitOfWorkOutcome.Committed)
            {
                throw new InvalidOperationException($"Seeding stopped at row {start}: {outcome}.");
            }
        }

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded           {dealCount} deals of {repCount} reps under {managerCount} managers in {path} ({new FileInfo(path).Length / (1024.0 * 1024.0):F0} MiB)"));
    }
}
