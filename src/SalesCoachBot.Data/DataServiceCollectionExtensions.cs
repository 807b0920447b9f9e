using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Data.Storage;
using SalesCoachBot.Data.Stores;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.PowerMap;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The health check that opens the database (ASP.NET Core health checks; <c>/healthz</c> reports it).</summary>
    public const string DatabaseHealthCheckName = "database";

    /// <summary>
    /// Adds the database (one context per scope, i.e. per turn), the stores and the unit of work that
    /// commits them together, the shared parts of several instances (the send budget, published power-map
    /// pictures), the database health check, and the start-up migration. <paramref name="contentRootPath"/> anchors
    /// the default data folder (<c>{ContentRoot}/data/salescoach.db</c>).
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                var connectionString = SqliteConnectionString.Resolve(configuration, storage, contentRootPath);
                // Pooled: a turn's context is reset and reused rather than built anew for each request.
                var writeGate = new SqliteWriteGate(new SqliteConnectionStringBuilder(connectionString).DataSource);
                services.AddDbContextPool<SalesCoachDbContext, SqliteSalesCoachDbContext>(options => options
                    .UseSqlite(connectionString)
                    .AddInterceptors(SqlitePragmaInterceptor.Instance, writeGate));
                services.AddSingleton(writeGate);
                if (SqliteTurnReads.CanShare(connectionString))
                {
                    services.AddSingleton(_ => new SqliteTurnReads(connectionString));
                }
                break;
            case StorageProvider.Postgres:
                var postgres = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
                if (string.IsNullOrWhiteSpace(postgres))
                {
                    throw new InvalidOperationException(
                        $"Storage:Provider is Postgres but ConnectionStrings:{StorageOptions.ConnectionStringName} is empty; set it to an Npgsql connection string (Host=…;Database=…;Username=…;Password=…).");
                }

                services.AddDbContextPool<SalesCoachDbContext, PostgresSalesCoachDbContext>(options => options.UseNpgsql(postgres));
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{storage.Provider}' is not supported.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<EfUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<EfUnitOfWork>());
        services.AddScoped<IDialogStateStore, EfDialogStateStore>();
        services.AddSingleton<RedeliveryPurgeSchedule>();
        services.AddSingleton<RedeliveryClaimQueue>();
        services.AddScoped<IRedeliveryStore, EfRedeliveryStore>();
        services.AddScoped<IUserStore, EfUserStore>();
        services.AddScoped<IConversationReferenceStore, EfConversationReferenceStore>();
        services.AddProactiveData();
        services.AddDeals();
        services.AddScoped<IPracticeStore, EfPracticeStore>();
        services.AddScoped<IMenuFactsStore, EfMenuFactsStore>();

        // Before AddPowerMap, whose in-memory store is only for a host without a database.
        services.AddSingleton<IPowerMapImageStore, EfPowerMapImageStore>();
        services.AddHealthChecks().AddDbContextCheck<SalesCoachDbContext>(DatabaseHealthCheckName, tags: [DatabaseHealthCheckName]);
        if (storage.MigrateOnStartup)
        {
            services.AddHostedService<DatabaseMigrationService>();
        }

        return services;
    }
}
