using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Privacy;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Tools.Hosting;
using SalesCoachBot.Tools.Privacy;

namespace SalesCoachBot.Tools.Tests.Privacy;

public sealed class StakeholderCommandTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task ExportThenErase_TwoRepsDeals_ExportListsEverything_EraseLeavesNoTrace_AuditNamesNoOne()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"salescoach-stakeholder-{Guid.NewGuid():N}.db");
        var exportFile = Path.ChangeExtension(databasePath, ".json");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            var (first, second, other) = await SeedAsync(databasePath);

            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = await StakeholderCommand.RunAsync(["stakeholder", "export", "--name", "张伟", "--operator", "admin-wang", .. Settings(databasePath)], stdout, stderr, CancellationToken.None);

            Assert.Equal(0, exit);
            using var export = JsonDocument.Parse(stdout.ToString());
            var deals = export.RootElement.GetProperty("deals").EnumerateArray().ToList();
            Assert.Equal(new[] { first, second }.Order(), deals.Select(d => d.GetProperty("dealId").GetGuid()).Order());
            var asKp = deals.Single(d => d.GetProperty("dealId").GetGuid() == first);
            Assert.True(asKp.GetProperty("isKeyPerson").GetBoolean());
            Assert.Equal(2, asKp.GetProperty("keyPersonAnswers").GetArrayLength());
            Assert.Equal("张伟", asKp.GetProperty("person").GetProperty("name").GetString());
            Assert.Equal("CIO", asKp.GetProperty("person").GetProperty("title").GetString());
            Assert.Equal(["Supports", "Neutral"], asKp.GetProperty("person").GetProperty("supportHistory").EnumerateArray().Select(a => a.GetProperty("level").GetString()));
            Assert.True(Assert.Single(asKp.GetProperty("visits").EnumerateArray()).GetProperty("attended").GetBoolean());
            var asCoach = deals.Single(d => d.GetProperty("dealId").GetGuid() == second);
            Assert.False(asCoach.GetProperty("isKeyPerson").GetBoolean());
            Assert.Equal(1, asCoach.GetProperty("person").GetProperty("coachAnswers").GetArrayLength());
            Assert.Contains("\"张伟\"", stdout.ToString(), StringComparison.Ordinal);
            Assert.Equal(PrivacyText.Format("Stakeholder.Exported", English, 2, 9), stderr.ToString().TrimEnd());

            // To a file, only the one deal asked for.
            using var quiet = new StringWriter();
            Assert.Equal(0, await StakeholderCommand.RunAsync(["stakeholder", "export", "--name", "张伟", "--deal", second.ToString("D"), "--out", exportFile, "--operator", "admin-wang", .. Settings(databasePath)], quiet, quiet, CancellationToken.None));
            using (var fromFile = JsonDocument.Parse(await File.ReadAllTextAsync(exportFile)))
            {
                Assert.Equal(second, Assert.Single(fromFile.RootElement.GetProperty("deals").EnumerateArray()).GetProperty("dealId").GetGuid());
            }

            using var erased = new StringWriter();
            Assert.Equal(0, await StakeholderCommand.RunAsync(["stakeholder", "erase", "--name", "张伟", "--operator", "admin-wang", .. Settings(databasePath)], erased, erased, CancellationToken.None));

            Assert.Equal(PrivacyText.Format("Stakeholder.Erased", English, 2, 9), erased.ToString().TrimEnd());
            Assert.Empty(await DatabaseText.FindAsync(databasePath, "张伟"));
            using var host = ToolHost.Build(Settings(databasePath));
            await using var scope = host.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IDealStore>();
            var kept = (await store.FindAsync(first, CancellationToken.None))!.Deal;
            Assert.Equal([other], kept.Stakeholders.Select(s => s.Id));
            Assert.Null(kept.KeyPersonId);
            Assert.Empty(kept.KeyPersonAnswers);
            Assert.Empty(Assert.Single(kept.Visits).StakeholderIds);
            Assert.Empty((await store.FindAsync(second, CancellationToken.None))!.Deal.Stakeholders);

            var audit = await scope.ServiceProvider.GetRequiredService<IPrivacyStore>().ListAuditAsync(CancellationToken.None);
            Assert.Equal(
                [(PrivacyAuditEntry.ExportAction, 9), (PrivacyAuditEntry.ExportAction, 2), (PrivacyAuditEntry.EraseAction, 9)],
                audit.Select(a => (a.Action, a.Records)));
            Assert.All(audit, a => Assert.Equal("admin-wang", a.Operator));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            TestDatabase.Delete(databasePath);
            File.Delete(exportFile);
        }
    }

    [Theory]
    [InlineData("stakeholder")]
    [InlineData("stakeholder", "export")]
    [InlineData("stakeholder", "forget", "--name", "张伟")]
    [InlineData("stakeholder", "erase", "--name")]
    public async Task RunAsync_WithoutANameOrAction_PrintsUsage_Exit2(params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            Assert.Equal(2, await StakeholderCommand.RunAsync(args, stdout, stderr, CancellationToken.None));
            Assert.Equal(PrivacyText.Get("Stakeholder.Usage", English), stderr.ToString().TrimEnd());
            Assert.Empty(stdout.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string[] Settings(string databasePath) =>
        [$"--Storage:Provider={TestDatabase.ProviderName}", $"--ConnectionStrings:SalesCoach={TestDatabase.ConnectionString(databasePath)}", "--MicrosoftAppId=", "--Proactive:WorkersEnabled=false"];

    // Two reps' deals as the chat leaves them: 张伟 the verified KP with a visit in one, a checked coach in the other.
    private static async Task<(Guid First, Guid Second, Guid Other)> SeedAsync(string databasePath)
    {
        var zhang = new Stakeholder
        {
            Id = Guid.NewGuid(),
            Name = "张伟",
            Title = "CIO",
            DecisionChainRoles = new HashSet<DecisionChainRole> { DecisionChainRole.DecisionMaker },
            SupportHistory =
            [
                new SupportAssessment { AssessedOn = new DateOnly(2026, 3, 9), Level = SupportLevel.Supports },
                new SupportAssessment { AssessedOn = new DateOnly(2026, 2, 1), Level = SupportLevel.Neutral },
            ],
        };
        var li = new Stakeholder { Id = Guid.NewGuid(), Name = "李强" };
        var first = new Deal
        {
            Id = Guid.NewGuid(),
            Customer = "华为",
            Name = "数据中心",
            Stakeholders = [zhang, li],
            KeyPersonId = zhang.Id,
            KeyPersonAnswers = [new VerificationAnswer("KP-Q1", "a"), new VerificationAnswer("KP-Q2", "b")],
            Visits = [new Visit { Id = Guid.NewGuid(), Date = new DateOnly(2026, 3, 9), Held = true, StakeholderIds = [zhang.Id] }],
        };
        var second = new Deal
        {
            Id = Guid.NewGuid(),
            Customer = "阿里",
            Name = "数据中台",
            Stakeholders = [zhang with { Id = Guid.NewGuid(), IsCoach = true, SupportHistory = [], CoachAnswers = [new VerificationAnswer("CO-Q1", "a")] }],
        };

        using var host = ToolHost.Build(Settings(databasePath));
        await host.StartAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var deals = scope.ServiceProvider.GetRequiredService<IDealStore>();
            await deals.SaveAsync("29:rep-a", first, CancellationToken.None);
            await deals.SaveAsync("29:rep-b", second, CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await host.StopAsync();
        Assert.Contains("Deals.Json", await DatabaseText.FindAsync(databasePath, "张伟"));
        return (first.Id, second.Id, li.Id);
    }
}
