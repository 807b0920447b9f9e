using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.Data.Entities.Deals;
using SalesCoachBot.Data.Entities.Practice;
using SalesCoachBot.Data.Storage;
using SalesCoachBot.Data.Stores;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Storage;

/// <summary>
/// The per-turn reads that bypass EF Core on SQLite must return what EF Core returns, column for column;
/// each row here sets every mapped property to a value that is not its type's default, so a column the
/// model gains and the hand-written read misses fails the comparison.
/// </summary>
public sealed class SqliteTurnReadsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 9, 17, 45, 12, 345, TimeSpan.FromHours(8));

    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private Bot SqliteBot() => new(_root.Path, TestDialogs.Add, new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:SalesCoach"] = "Data Source=" + Path.Combine(_root.Path, "data", "salescoach.db"),
    });

    [Fact]
    public async Task EachRead_FullyPopulatedRows_EqualsEfCoresReadPropertyForProperty()
    {
        await using var bot = SqliteBot();
        await bot.MigrateAsync();
        var dealId = Guid.NewGuid();
        var laterDealId = Guid.NewGuid();
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
            db.Users.Add(new UserEntity { Id = "29:boss", CreatedAt = At, UpdatedAt = At });
            db.Users.Add(new UserEntity
            {
                Id = "29:rep",
                AadObjectId = "aad-rep",
                TenantId = "tenant-1",
                Name = "小李",
                Email = "li@contoso.cn",
                UserPrincipalName = "li@contoso.cn",
                Locale = "zh-CN",
                TimeZone = "Asia/Shanghai",
                ClientTimeZone = "Europe/Berlin",
                Role = UserRole.NewHire,
                MainUse = UserRole.Manager,
                ManagerId = "29:boss",
                ManagerSource = ManagerSource.Import,
                PendingManagerId = "29:next-boss",
                DirectoryCheckedAtMs = 1_773_000_000_123,
                CreatedAt = At,
                UpdatedAt = At.AddMinutes(5),
            });
            db.DialogStates.Add(new DialogStateEntity { ConversationKey = "msteams/a:1/29:rep", Json = """{"stack":[]}""", SchemaVersion = 3, Version = Guid.NewGuid(), UpdatedAt = At });
            db.ConversationReferences.Add(new ConversationReferenceEntity
            {
                ServiceUrl = "https://smba.trafficmanager.net/apac/",
                ChannelId = "msteams",
                ConversationId = "a:1",
                ConversationType = "personal",
                TenantId = "tenant-1",
                UserId = "29:rep",
                UserName = "小李",
                UserAadObjectId = "aad-rep",
                BotId = "28:bot",
                BotName = "SalesCoachBot",
                Locale = "zh-CN",
                IsActive = true,
                UpdatedAt = At,
            });
            db.Deals.Add(new DealEntity
            {
                Id = dealId,
                OwnerUserId = "29:rep",
                Customer = "华东电网",
                Name = "调度系统",
                Stage = BuyingJourneyStage.InternalApproval,
                Json = """{"customer":"华东电网"}""",
                CreatedAt = At,
                UpdatedAt = At.AddMinutes(30),
                StageChangedAt = At.AddMinutes(10),
                ClosedAt = At.AddDays(2),
                Version = Guid.NewGuid(),
            });
            db.Deals.Add(new DealEntity { Id = laterDealId, OwnerUserId = "29:rep", Customer = "南方电网", Name = "营销系统", Json = "{}", CreatedAt = At, UpdatedAt = At.AddHours(3), StageChangedAt = At });
            db.Deals.Add(new DealEntity { Id = Guid.NewGuid(), OwnerUserId = "29:boss", Customer = "国网", Name = "其他", Json = "{}", CreatedAt = At, UpdatedAt = At.AddHours(9), StageChangedAt = At });
            db.CurrentDeals.Add(new CurrentDealEntity { UserId = "29:rep", DealId = dealId, UpdatedAt = At.AddHours(1) });
            db.PracticeReviews.Add(new PracticeReviewEntity { UserId = "29:rep", QuestionId = "q-kp-1", ReviewedAt = At.AddDays(-1), DueAfter = At });
            db.PracticeReviews.Add(new PracticeReviewEntity { UserId = "29:rep", QuestionId = "q-kp-2", ReviewedAt = At.AddDays(-2), DueAfter = At });
            await db.SaveChangesAsync();
        }

        var reads = bot.Services.GetRequiredService<SqliteTurnReads>();
        await using var read = bot.Services.CreateAsyncScope();
        var ef = read.ServiceProvider.GetRequiredService<SalesCoachDbContext>();

        AssertSameRow(ef, await ef.Users.AsNoTracking().SingleAsync(u => u.Id == "29:rep"), reads.User("29:rep"));
        AssertSameRow(ef, await ef.DialogStates.AsNoTracking().SingleAsync(), reads.DialogState("msteams/a:1/29:rep"));
        AssertSameRow(ef, await ef.ConversationReferences.AsNoTracking().SingleAsync(), reads.Reference("msteams", "a:1", "29:rep"));
        AssertSameRow(ef, await ef.CurrentDeals.AsNoTracking().SingleAsync(), reads.CurrentDeal("29:rep"));
        AssertSameRow(ef, await ef.Deals.AsNoTracking().SingleAsync(d => d.Id == dealId), reads.Deal(dealId));

        var owned = reads.DealsOwnedBy("29:rep");
        Assert.Equal([laterDealId, dealId], owned.Select(d => d.Id));
        AssertSameRow(ef, await ef.Deals.AsNoTracking().SingleAsync(d => d.Id == dealId), owned[1]);

        var facts = reads.MenuFacts("29:rep");
        Assert.Equal([(true, At.AddHours(1)), (false, At.AddDays(-1)), (false, At.AddDays(-2))],
            facts.Select(f => (f.IsCurrentDeal, f.At)).OrderByDescending(f => f.IsCurrentDeal).ThenByDescending(f => f.At));
    }

    [Fact]
    public async Task EachRead_NoSuchRow_ReturnsNothing()
    {
        await using var bot = SqliteBot();
        await bot.MigrateAsync();
        var reads = bot.Services.GetRequiredService<SqliteTurnReads>();

        Assert.Null(reads.User("29:nobody"));
        Assert.Null(reads.DialogState("msteams/a:1/29:nobody"));
        Assert.Null(reads.Reference("msteams", "a:1", "29:nobody"));
        Assert.Empty(reads.MenuFacts("29:nobody"));
        Assert.Null(reads.CurrentDeal("29:nobody"));
        Assert.Null(reads.Deal(Guid.NewGuid()));
        Assert.Empty(reads.DealsOwnedBy("29:nobody"));
    }

    [Fact]
    public async Task TurnContext_OnASqliteFile_UsesThePreparedReadsAndTracksWhatTheyReturn()
    {
        await using var bot = SqliteBot();
        await bot.MigrateAsync();
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IUserStore>().UpsertAsync(new UserProfile("29:rep") { Name = "小李" }, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>().SaveChangesAsync();
        }

        await using (var turn = bot.Services.CreateAsyncScope())
        {
            var db = turn.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
            Assert.Same(bot.Services.GetRequiredService<SqliteTurnReads>(), Assert.IsType<SqliteSalesCoachDbContext>(db).TurnReads);
            var user = await db.FindUserAsync("29:rep", CancellationToken.None);
            Assert.Equal(EntityState.Unchanged, db.Entry(user!).State);
            user!.Name = "李明";
            Assert.Equal(1, await db.SaveChangesAsync());
        }

        await using var after = bot.Services.CreateAsyncScope();
        Assert.Equal("李明", (await after.ServiceProvider.GetRequiredService<IUserStore>().FindAsync("29:rep", CancellationToken.None))!.Name);
    }

    private static void AssertSameRow<TEntity>(SalesCoachDbContext db, TEntity expected, TEntity? actual)
        where TEntity : class
    {
        Assert.NotNull(actual);
        var properties = db.Model.FindEntityType(typeof(TEntity))!.GetProperties().ToList();
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            // A shadow property has no place on the entity for a hand-written read to fill.
            Assert.False(property.IsShadowProperty(), $"{typeof(TEntity).Name}.{property.Name} is a shadow property");
            var value = property.PropertyInfo!.GetValue(expected);
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            Assert.True(value is not null && !value.Equals(type.IsValueType ? Activator.CreateInstance(type) : null),
                $"the test row leaves {typeof(TEntity).Name}.{property.Name} at its default; give it a value so the read is checked");
            Assert.True(Equals(value, property.PropertyInfo.GetValue(actual)), $"{typeof(TEntity).Name}.{property.Name}: EF Core read {value}, the prepared read {property.PropertyInfo.GetValue(actual)}");
        }
    }
}
