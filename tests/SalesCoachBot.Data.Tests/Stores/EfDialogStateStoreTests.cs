using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Stores;

public sealed class EfDialogStateStoreTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task DialogBegunByOneProcess_ContinuedByAFreshProcessOnTheSameFile()
    {
        await using (var first = new Bot(_root.Path, TestDialogs.Add))
        {
            await first.MigrateAsync();
            Assert.Equal(["姓名？"], await first.SendAsync("开始", TestDialogs.Profile));
            Assert.Equal(["经理？"], await first.SendAsync("张三", TestDialogs.Profile));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var second = new Bot(_root.Path, TestDialogs.Add);
        await second.MigrateAsync();

        Assert.Equal(["已保存", "还有吗？"], await second.SendAsync("无", TestDialogs.Profile));
        await using var scope = second.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<SalesCoachBot.Coaching.Users.IUserStore>().FindAsync(second.Message("").From!.Id!, CancellationToken.None);
        Assert.Equal("张三", saved!.Name);
    }

    [Fact]
    public async Task TwentyTurnsOfOneConversationAtOnce_NoLostUpdateAndNoErrorToTheUser()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => bot.SendAsync("+1", TestDialogs.Counter))));

        await using var scope = bot.Services.CreateAsyncScope();
        var key = DialogStateKey.For(bot.Message(""));
        var load = await scope.ServiceProvider.GetRequiredService<IDialogStateStore>().LoadAsync(key, CancellationToken.None);
        Assert.Equal(20, load.State.Stack[0].State["count"]!.GetValue<int>());
        Assert.Equal(
            Enumerable.Range(2, 19).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            replies.SelectMany(r => r).Order(StringComparer.Ordinal).OrderBy(t => t.Length));
    }

    [Fact]
    public async Task SaveWithTheTokenOfAnOlderRead_CommitIsAConflictAndTheNewerStateStays()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await bot.SendAsync("开始", TestDialogs.Profile);
        var key = DialogStateKey.For(bot.Message(""));

        await using var slow = bot.Services.CreateAsyncScope();
        var slowStore = slow.ServiceProvider.GetRequiredService<IDialogStateStore>();
        var slowRead = await slowStore.LoadAsync(key, CancellationToken.None);

        await bot.SendAsync("张三", TestDialogs.Profile);

        slowRead.State.Stack.Clear();
        await slowStore.SaveAsync(key, slowRead.State, slowRead.ConcurrencyToken, CancellationToken.None);
        var outcome = await slow.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

        Assert.Equal(UnitOfWorkOutcome.Conflict, outcome);
        await using var check = bot.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<IDialogStateStore>().LoadAsync(key, CancellationToken.None);
        Assert.Equal(1, stored.State.Stack[0].StepIndex);
    }

    [Fact]
    public async Task StoredRowWithAnotherSchemaVersion_UserToldAndFreshStart()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        await bot.SendAsync("开始", TestDialogs.Profile);
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
            await db.DialogStates.ExecuteUpdateAsync(s => s.SetProperty(r => r.SchemaVersion, DialogState.CurrentSchemaVersion + 1));
        }

        var replies = await bot.SendAsync("张三", TestDialogs.Profile);

        Assert.Equal(["我刚刚升级过，无法接着上次的对话继续，我们重新开始。", "姓名？"], replies);
    }
}
