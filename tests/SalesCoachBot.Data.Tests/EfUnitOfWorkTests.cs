using SalesCoachBot.Coaching.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests;

public sealed class EfUnitOfWorkTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task TurnWhoseDomainWriteFails_NoStateChangeAndUserToldNothingWasSaved()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await bot.SendAsync("开始", TestDialogs.Profile);
        await bot.SendAsync("张三", TestDialogs.Profile);

        // The manager does not exist: the user row breaks the foreign key at commit.
        var replies = await bot.SendAsync("29:nobody", TestDialogs.Profile);

        Assert.Equal(["已保存", "还有吗？", "抱歉，保存失败，本次没有做任何更改，请重试。"], replies);
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        var state = await scope.ServiceProvider.GetRequiredService<IDialogStateStore>().LoadAsync(DialogStateKey.For(bot.Message("")), CancellationToken.None);
        Assert.Equal(1, state.State.Stack[0].StepIndex);

        // The same answer without the broken link goes through from where the user was.
        Assert.Equal(["已保存", "还有吗？"], await bot.SendAsync("无", TestDialogs.Profile));
    }

    [Fact]
    public async Task TurnWhoseStateWriteConflicts_DomainWriteNotCommitted()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await bot.SendAsync("开始", TestDialogs.Profile);
        var key = DialogStateKey.For(bot.Message(""));

        await using var turn = bot.Services.CreateAsyncScope();
        var store = turn.ServiceProvider.GetRequiredService<IDialogStateStore>();
        var read = await store.LoadAsync(key, CancellationToken.None);
        await turn.ServiceProvider.GetRequiredService<IUserStore>().UpsertAsync(new UserProfile("29:someone") { Name = "李四" }, CancellationToken.None);
        await bot.SendAsync("张三", TestDialogs.Profile);

        await store.SaveAsync(key, read.State, read.ConcurrencyToken, CancellationToken.None);
        var outcome = await turn.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

        Assert.Equal(UnitOfWorkOutcome.Conflict, outcome);
        await using var check = bot.Services.CreateAsyncScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<IUserStore>().FindAsync("29:someone", CancellationToken.None));
    }

    [Fact]
    public async Task StateAndDomainWriteOfOneTurn_CommittedTogether()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await bot.SendAsync("开始", TestDialogs.Profile);
        await bot.SendAsync("张三", TestDialogs.Profile);

        await bot.SendAsync("无", TestDialogs.Profile);

        await using var scope = bot.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(bot.Message("").From!.Id!, CancellationToken.None);
        Assert.Equal("张三", user!.Name);
        var state = await scope.ServiceProvider.GetRequiredService<IDialogStateStore>().LoadAsync(DialogStateKey.For(bot.Message("")), CancellationToken.None);
        Assert.Equal(2, state.State.Stack[0].StepIndex);
    }
}
