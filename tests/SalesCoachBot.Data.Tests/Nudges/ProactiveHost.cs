using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data.Storage;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Data.Tests.Nudges;

/// <summary>
/// One bot instance's proactive side, wired as the host wires it (AddData + AddProactive) over a
/// SQLite file that several instances may share, with a scripted connector and a clock (a fake one, or the real one for the pacing).
/// </summary>
internal sealed class ProactiveHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ProactiveHost(
        string contentRoot,
        TimeProvider clock,
        ScriptedConnectorClient connector,
        Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Proactive:RetryBackoff"] = "00:00:30",
            ["Proactive:MaxAttempts"] = "3",

            // The fake clock stands still while a batch is delivered: a tenant budget whose burst
            // (a tenth of it) holds the tests' batches.
            ["Proactive:TenantMessagesPerSecond"] = "1000",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IConnectorClient>(connector);
        services.AddLogging();
        services.AddData(configuration, contentRoot);
        services.AddDialogs();
        services.AddProactive();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public IServiceProvider Services => _services;

    public Task MigrateAsync() => DatabaseMigrator.MigrateAsync(_services, CancellationToken.None);

    public async Task<int> ScheduleAsync(IProactiveJob job)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProactiveScheduler>().RunAsync(job, CancellationToken.None);
    }

    public async Task<int> DeliverAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProactiveDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    /// <summary>Stores a personal-chat reference for the user, as an install would.</summary>
    public async Task RememberAsync(string userId, string conversationId)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().SaveAsync(Reference(userId, conversationId), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
    }

    public async Task<ConversationReference?> FindReferenceAsync(string userId)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindForUserAsync(userId, CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<SalesCoachDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>());
    }

    public static ConversationReference Reference(string userId, string conversationId) => new()
    {
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "tenant-1" },
        User = new ChannelAccount { Id = userId },
        Bot = new ChannelAccount { Id = "28:bot" },
        TenantId = "tenant-1",
    };

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
