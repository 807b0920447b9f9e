using Microsoft.Extensions.Hosting;

namespace SalesCoachBot.Data.Storage;

/// <summary>Applies pending migrations when the host starts, before it takes requests.</summary>
internal sealed class DatabaseMigrationService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => DatabaseMigrator.MigrateAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
