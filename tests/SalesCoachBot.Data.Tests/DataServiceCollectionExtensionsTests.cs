using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesCoachBot.Data.Storage;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests;

public sealed class DataServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private static string DataSource(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return new SqliteConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>().Database.GetConnectionString()).DataSource;
    }

    [Fact]
    public async Task AddData_NothingConfigured_SqliteFileInContentRootDataFolderCreatedAndMigrationHosted()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add, new Dictionary<string, string?>());

        Assert.Equal(Path.Combine(_root.Path, "data", "salescoach.db"), DataSource(bot.Services));
        Assert.True(Directory.Exists(Path.Combine(_root.Path, "data")));
        Assert.Contains(bot.Services.GetServices<IHostedService>(), s => s is DatabaseMigrationService);
    }

    [Fact]
    public async Task AddData_DataDirectoryConfigured_FileThere()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add, new Dictionary<string, string?> { ["Storage:DataDirectory"] = "state/db" });

        Assert.Equal(Path.Combine(_root.Path, "state", "db", "salescoach.db"), DataSource(bot.Services));
        Assert.True(Directory.Exists(Path.Combine(_root.Path, "state", "db")));
    }

    [Fact]
    public async Task AddData_ConnectionStringConfigured_UsedAndItsFolderCreated()
    {
        var file = Path.Combine(_root.Path, "custom", "bot.db");
        await using var bot = new Bot(_root.Path, TestDialogs.Add, new Dictionary<string, string?>
        {
            ["ConnectionStrings:SalesCoach"] = $"Data Source={file}",
            ["Storage:MigrateOnStartup"] = "false",
        });

        Assert.Equal(file, DataSource(bot.Services));
        Assert.True(Directory.Exists(Path.Combine(_root.Path, "custom")));
        Assert.DoesNotContain(bot.Services.GetServices<IHostedService>(), s => s is DatabaseMigrationService);
    }

    [Fact]
    public void AddData_UnknownProvider_OptionsValidationFailsAtStart()
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" };

        Assert.ThrowsAny<InvalidOperationException>(() => new Bot(_root.Path, TestDialogs.Add, settings).Services.GetRequiredService<IOptions<StorageOptions>>().Value);
    }
}
