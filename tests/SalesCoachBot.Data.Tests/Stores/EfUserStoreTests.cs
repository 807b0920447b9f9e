using SalesCoachBot.Coaching.Users;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Stores;

public sealed class EfUserStoreTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task UpsertAsync_ManagerAndReports_ReadBackAndUpdatedInPlace()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<IUserStore>();
            await users.UpsertAsync(new UserProfile("29:boss") { Name = "王经理", Role = UserRole.Manager, AadObjectId = "aad-boss" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:rep") { Name = "小李", ManagerId = "29:boss", Locale = "zh-CN", TimeZone = "Asia/Shanghai" }, CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<IUserStore>();
            await users.UpsertAsync(new UserProfile("29:rep") { Name = "小李", ManagerId = "29:boss", Role = UserRole.NewHire, TimeZone = "Asia/Shanghai", ClientTimeZone = "Europe/Berlin" }, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        await using var read = bot.Services.CreateAsyncScope();
        var store = read.ServiceProvider.GetRequiredService<IUserStore>();
        var reports = await store.ListReportsAsync("29:boss", CancellationToken.None);
        var rep = Assert.Single(reports);
        Assert.Equal(new UserProfile("29:rep") { Name = "小李", ManagerId = "29:boss", Role = UserRole.NewHire, TimeZone = "Asia/Shanghai", ClientTimeZone = "Europe/Berlin" }, rep);
        Assert.Equal(UserRole.Manager, (await store.FindByAadObjectIdAsync("aad-boss", CancellationToken.None))!.Role);
    }

    [Fact]
    public async Task ListReportsAsync_AfterAStagedChange_SeesTheTurnsOwnWrite()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<IUserStore>();
            await users.UpsertAsync(new UserProfile("29:boss") { Role = UserRole.Manager }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:rep") { ManagerId = "29:boss" }, CancellationToken.None);
            await users.UpsertAsync(new UserProfile("29:gone") { ManagerId = "29:boss" }, CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await using var turn = bot.Services.CreateAsyncScope();
        var store = turn.ServiceProvider.GetRequiredService<IUserStore>();
        await store.UpsertAsync(new UserProfile("29:rep") { ManagerId = "29:boss", Role = UserRole.NewHire }, CancellationToken.None);
        await store.UpsertAsync(new UserProfile("29:gone"), CancellationToken.None);
        await store.UpsertAsync(new UserProfile("29:new") { ManagerId = "29:boss" }, CancellationToken.None);

        var reports = await store.ListReportsAsync("29:boss", CancellationToken.None);

        Assert.Equal(["29:new", "29:rep"], reports.Select(r => r.Id));
        Assert.Equal(UserRole.NewHire, reports.Single(r => r.Id == "29:rep").Role);
    }
}
