using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Databases;

namespace SalesCoachBot.Data.Tests.Storage;

public sealed class DatabaseMigratorTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AtCurrentModelWithNoPendingChanges()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);

        await bot.MigrateAsync();

        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.DialogStates.CountAsync());
        if (TestDatabase.IsPostgres)
        {
            Assert.True(db.Database.IsNpgsql());
            return;
        }

        Assert.True(File.Exists(Path.Combine(_root.Path, "data", "salescoach.db")));
        var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(journal));
    }

    [Fact]
    public async Task MigrateAsync_Twice_SecondIsANoOp()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await bot.SendAsync("开始", TestDialogs.Profile);

        await bot.MigrateAsync();

        await using var scope = bot.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>().DialogStates.CountAsync());
    }
}
