using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Data.Entities.Deals;
using SalesCoachBot.Data.Stores;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Stores;

public sealed class EfDealStoreTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task SaveAsync_RichDeal_EveryFieldReadBackFromANewScope()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var deal = RichDeal();
        await SaveAsync(bot, "29:rep-a", deal);

        var record = await FindAsync(bot, deal.Id);

        Assert.NotNull(record);
        Assert.Equal("29:rep-a", record.OwnerUserId);
        Assert.Equal(bot.Clock.GetUtcNow(), record.CreatedAt);
        AssertSameDeal(deal, record.Deal);
    }

    [Fact]
    public async Task SaveAsync_StageUnchanged_OnlyUpdatedAtMoves_StageChanged_StageChangedAtMoves()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var created = bot.Clock.GetUtcNow();
        var deal = RichDeal();
        await SaveAsync(bot, "29:rep-a", deal);

        bot.Clock.Advance(TimeSpan.FromDays(2));
        await SaveAsync(bot, "29:rep-a", deal with { Name = "二期扩容" });
        var renamed = await FindAsync(bot, deal.Id);
        Assert.Equal(created, renamed!.StageChangedAt);
        Assert.Equal(created + TimeSpan.FromDays(2), renamed.UpdatedAt);
        Assert.Equal("二期扩容", renamed.Deal.Name);

        bot.Clock.Advance(TimeSpan.FromDays(3));
        await SaveAsync(bot, "29:rep-a", renamed.Deal with { Stage = BuyingJourneyStage.PurchaseDecision });
        var moved = await FindAsync(bot, deal.Id);
        Assert.Equal(created + TimeSpan.FromDays(5), moved!.StageChangedAt);
        Assert.Equal(created, moved.CreatedAt);
        Assert.Equal(BuyingJourneyStage.PurchaseDecision, moved.Deal.Stage);
    }

    [Fact]
    public async Task FindAsync_StoredTextUnchanged_GivesTheParsedDealAgain_TextChangedElsewhere_ReadsTheChange()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var deal = RichDeal();
        await SaveAsync(bot, "29:rep-a", deal);

        var first = await FindAsync(bot, deal.Id);
        var again = await FindAsync(bot, deal.Id);
        Assert.Same(first!.Deal, again!.Deal);
        Assert.Same(first.Deal, (await ListByOwnerAsync(bot, "29:rep-a")).Single().Deal);

        // Another instance on the same database renames the deal: its row's text is what counts.
        await using (var other = bot.Services.CreateAsyncScope())
        {
            var db = other.ServiceProvider.GetRequiredService<SalesCoachDbContext>();
            var renamed = DealJsonSerializer.Serialize(deal with { Name = "数据中心二期" });
            await db.Deals.Where(d => d.Id == deal.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Json, renamed));
        }

        var changed = await FindAsync(bot, deal.Id);
        Assert.Equal("数据中心二期", changed!.Deal.Name);
        Assert.Equal("数据中心二期", (await ListByOwnerAsync(bot, "29:rep-a")).Single().Deal.Name);
        AssertSameDeal(deal with { Name = "数据中心二期" }, changed.Deal);
    }

    [Fact]
    public async Task ListByOwnersAsync_MoreOwnersThanOneQueryHolds_ReturnsOnlyTheirDealsMostRecentFirst()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var older = NewDeal("华为");
        var newer = NewDeal("腾讯");
        var other = NewDeal("阿里");
        await SaveAsync(bot, "29:rep-a", older);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        await SaveAsync(bot, "29:rep-b", newer);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        await SaveAsync(bot, "29:rep-c", other);

        // The two owners sit in different chunks of the IN list.
        var owners = Enumerable.Range(0, EfDealStore.OwnersPerQuery + 10).Select(i => $"29:nobody-{i}").ToList();
        owners.Insert(0, "29:rep-a");
        owners.Add("29:rep-b");

        await using var scope = bot.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDealStore>();
        var team = await store.ListByOwnersAsync(owners, CancellationToken.None);
        Assert.Equal([newer.Id, older.Id], team.Select(r => r.Deal.Id));

        var mine = await store.ListByOwnerAsync("29:rep-c", CancellationToken.None);
        Assert.Equal(other.Id, Assert.Single(mine).Deal.Id);
    }

    [Fact]
    public async Task SaveAsync_TwoTurnsChangeTheSameDeal_TheSecondCommitIsAConflictAndKeepsTheFirst()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var deal = NewDeal("华为");
        await SaveAsync(bot, "29:rep-a", deal);

        await using var first = bot.Services.CreateAsyncScope();
        await using var second = bot.Services.CreateAsyncScope();
        var firstStore = first.ServiceProvider.GetRequiredService<IDealStore>();
        var secondStore = second.ServiceProvider.GetRequiredService<IDealStore>();
        await firstStore.SaveAsync("29:rep-a", (await firstStore.FindAsync(deal.Id, CancellationToken.None))!.Deal with { Name = "一期" }, CancellationToken.None);
        await secondStore.SaveAsync("29:rep-a", (await secondStore.FindAsync(deal.Id, CancellationToken.None))!.Deal with { Name = "二期" }, CancellationToken.None);

        Assert.Equal(UnitOfWorkOutcome.Committed, await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        Assert.Equal(UnitOfWorkOutcome.Conflict, await second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        Assert.Equal("一期", (await FindAsync(bot, deal.Id))!.Deal.Name);
    }

    [Fact]
    public async Task CurrentDeal_SetTwice_KeepsTheLatest()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var first = NewDeal("华为");
        var second = NewDeal("腾讯");
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var deals = scope.ServiceProvider.GetRequiredService<IDealStore>();
            var current = scope.ServiceProvider.GetRequiredService<ICurrentDealStore>();
            await deals.SaveAsync("29:rep-a", first, CancellationToken.None);
            await deals.SaveAsync("29:rep-a", second, CancellationToken.None);
            await current.SetAsync("29:rep-a", first.Id, CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICurrentDealStore>().SetAsync("29:rep-a", second.Id, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        await using var read = bot.Services.CreateAsyncScope();
        var store = read.ServiceProvider.GetRequiredService<ICurrentDealStore>();
        Assert.Equal(second.Id, await store.FindAsync("29:rep-a", CancellationToken.None));
        Assert.Null(await store.FindAsync("29:rep-b", CancellationToken.None));
    }

    [Fact]
    public async Task CurrentDeal_SetToTheSameDealLater_StagesNothing_KeepsWhenItLastChanged()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var deal = NewDeal("华为");
        DateTimeOffset chosenAt;
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDealStore>().SaveAsync("29:rep-a", deal, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ICurrentDealStore>().SetAsync("29:rep-a", deal.Id, CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
            chosenAt = bot.Clock.GetUtcNow();
        }

        bot.Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = bot.Services.CreateAsyncScope())
        {
            // The rep opens the same deal again (a people list, a gap card): nothing for the turn to commit.
            await scope.ServiceProvider.GetRequiredService<ICurrentDealStore>().SetAsync("29:rep-a", deal.Id, CancellationToken.None);
            Assert.False(scope.ServiceProvider.GetRequiredService<SalesCoachDbContext>().ChangeTracker.HasChanges());
        }

        await using var read = bot.Services.CreateAsyncScope();
        var row = await read.ServiceProvider.GetRequiredService<SalesCoachDbContext>().CurrentDeals.SingleAsync(c => c.UserId == "29:rep-a");
        Assert.Equal(deal.Id, row.DealId);
        Assert.Equal(chosenAt, row.UpdatedAt);
    }

    private static async Task SaveAsync(Bot bot, string owner, Deal deal)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDealStore>().SaveAsync(owner, deal, CancellationToken.None);
        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
    }

    private static async Task<DealRecord?> FindAsync(Bot bot, Guid id)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().FindAsync(id, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<DealRecord>> ListByOwnerAsync(Bot bot, string owner)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().ListByOwnerAsync(owner, CancellationToken.None);
    }

    private static Deal NewDeal(string customer) => new() { Id = Guid.NewGuid(), Customer = customer, Name = "数据中心" };

    private static Deal RichDeal()
    {
        var kp = Guid.NewGuid();
        var coach = Guid.NewGuid();
        return new Deal
        {
            Id = Guid.NewGuid(),
            Customer = "华为技术",
            Name = "数据中心一期",
            Value = 1_234_567.89m,
            ExpectedCloseOn = new DateOnly(2026, 9, 30),
            Stage = BuyingJourneyStage.EvaluatingProducts,
            StagesWithCoreWorkDone = new HashSet<BuyingJourneyStage> { BuyingJourneyStage.HasProblem, BuyingJourneyStage.Exploring },
            DecisionMethod = DecisionMethod.RecommendThenApprove,
            KeyPersonId = kp,
            KeyPersonAnswers = [new VerificationAnswer("kp-1", "a"), new VerificationAnswer("kp-2", "c")],
            Stakeholders =
            [
                new Stakeholder
                {
                    Id = kp,
                    Name = "张总",
                    Title = "CIO",
                    Department = Department.DecisionLayer,
                    DecisionChainRoles = new HashSet<DecisionChainRole> { DecisionChainRole.DecisionMaker, DecisionChainRole.Approver },
                    BuyingRoles = new HashSet<BuyingRole> { BuyingRole.Decides, BuyingRole.Pays },
                    FunctionalTypes = new HashSet<FunctionalType> { FunctionalType.Economic },
                    ManagementStyle = ManagementStyle.Participating,
                    HiddenPowers = new HashSet<HiddenPowerType> { HiddenPowerType.Position, HiddenPowerType.Allocation },
                    Circle = RelationshipCircle.Inner,
                    LastContactOn = new DateOnly(2026, 3, 1),
                    PersonnelChange = true,
                    SupportHistory =
                    [
                        new SupportAssessment { AssessedOn = new DateOnly(2026, 1, 5), Level = SupportLevel.Neutral },
                        new SupportAssessment
                        {
                            AssessedOn = new DateOnly(2026, 3, 1),
                            Level = SupportLevel.Champions,
                            Scores = new Dictionary<SupportDimension, int> { [SupportDimension.Trust] = 5, [SupportDimension.Influence] = 4 },
                        },
                    ],
                },
                new Stakeholder
                {
                    Id = coach,
                    Name = "李工",
                    IsCoach = true,
                    FunctionalTypes = new HashSet<FunctionalType> { FunctionalType.Coach, FunctionalType.Technical },
                    CoachAnswers = [new VerificationAnswer("coach-1", "b")],
                },
            ],
            Visits =
            [
                new Visit
                {
                    Id = Guid.NewGuid(),
                    Date = new DateOnly(2026, 3, 12),
                    StakeholderIds = [kp, coach],
                    Held = true,
                    Plan = new VisitPlan
                    {
                        NeedsPreset = "扩容", VisitPurpose = "确认预算", CompetitorPreset = "友商", OurDifference = "交付快",
                        GuidancePath = "痛点→影响→方案", CommitmentToAsk = "安排技术交流",
                    },
                    Commitment = new ActionCommitment
                    {
                        Action = "安排技术交流",
                        CommittedBy = kp,
                        DueOn = new DateOnly(2026, 3, 20),
                        DealProgress = "进入评估",
                        SignsConfirmed = new HashSet<CommitmentSign> { CommitmentSign.CustomerTakesAction, CommitmentSign.SpecificAndDated },
                    },
                },
            ],
        };
    }

    private static void AssertSameDeal(Deal expected, Deal actual)
    {
        // Records compare collections by reference, so compare each collection by content.
        Assert.Equal(expected with { StagesWithCoreWorkDone = actual.StagesWithCoreWorkDone, Stakeholders = actual.Stakeholders, KeyPersonAnswers = actual.KeyPersonAnswers, Visits = actual.Visits }, actual);
        Assert.Equal(expected.StagesWithCoreWorkDone.Order(), actual.StagesWithCoreWorkDone.Order());
        Assert.Equal(expected.KeyPersonAnswers, actual.KeyPersonAnswers);
        Assert.Equal(expected.Stakeholders.Count, actual.Stakeholders.Count);
        foreach (var (e, a) in expected.Stakeholders.Zip(actual.Stakeholders))
        {
            Assert.Equal(e with
            {
                DecisionChainRoles = a.DecisionChainRoles, BuyingRoles = a.BuyingRoles, FunctionalTypes = a.FunctionalTypes,
                HiddenPowers = a.HiddenPowers, SupportHistory = a.SupportHistory, CoachAnswers = a.CoachAnswers,
            }, a);
            Assert.Equal(e.DecisionChainRoles.Order(), a.DecisionChainRoles.Order());
            Assert.Equal(e.BuyingRoles.Order(), a.BuyingRoles.Order());
            Assert.Equal(e.FunctionalTypes.Order(), a.FunctionalTypes.Order());
            Assert.Equal(e.HiddenPowers.Order(), a.HiddenPowers.Order());
            Assert.Equal(e.CoachAnswers, a.CoachAnswers);
            Assert.Equal(e.SupportHistory.Count, a.SupportHistory.Count);
            foreach (var (es, @as) in e.SupportHistory.Zip(a.SupportHistory))
            {
                Assert.Equal(es.AssessedOn, @as.AssessedOn);
                Assert.Equal(es.Level, @as.Level);
                Assert.Equal(es.Scores.OrderBy(p => p.Key), @as.Scores.OrderBy(p => p.Key));
            }
        }

        var visit = Assert.Single(actual.Visits);
        var expectedVisit = expected.Visits[0];
        Assert.Equal(expectedVisit with { StakeholderIds = visit.StakeholderIds, Commitment = visit.Commitment }, visit);
        Assert.Equal(expectedVisit.StakeholderIds, visit.StakeholderIds);
        Assert.Equal(expectedVisit.Commitment! with { SignsConfirmed = visit.Commitment!.SignsConfirmed }, visit.Commitment);
        Assert.Equal(expectedVisit.Commitment.SignsConfirmed.Order(), visit.Commitment.SignsConfirmed.Order());
    }
}
