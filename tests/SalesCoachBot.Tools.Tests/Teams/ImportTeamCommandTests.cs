using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Tools.Hosting;
using SalesCoachBot.Tools.Teams;

namespace SalesCoachBot.Tools.Tests.Teams;

public sealed class ImportTeamCommandTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task RunAsync_RowsByUpnAndEmail_LinkUsersTheBotLearnedThemFrom()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"salescoach-import-{Guid.NewGuid():N}.db");
        var file = Path.ChangeExtension(databasePath, ".csv");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            // As the bot stores them after the installs: Teams gives each user's email and UPN
            // (NudgeConversationTests.Remember_SeveralMessages_MemberLookedUpOnceAndEmailUpnStored).
            await SeedAsync(databasePath, Learned("29:mgr-wang", "王芳"), Learned("29:rep-li", "李明"), Learned("29:rep-zhao", "赵雷"));
            await File.WriteAllLinesAsync(file,
            [
                "rep,manager",
                "rep-li@contoso.onmicrosoft.com,MGR-WANG@contoso.onmicrosoft.com",
                "Rep-Zhao@Contoso.com,mgr-wang@contoso.com",
            ]);
            string[] args = ["import-team", file, .. Settings(databasePath)];

            using var output = new StringWriter();
            var exit = await ImportTeamCommand.RunAsync(args, output, CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Equal(NudgeText.Format("Import.Summary", English, 2, 0, 0), output.ToString().TrimEnd());
            Assert.Equal(["29:rep-li", "29:rep-zhao"], await ReportsAsync(databasePath, "29:mgr-wang"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            TestDatabase.Delete(databasePath);
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RunAsync_CsvWithGoodAndBadRows_LinksTheGoodOnesNamesEachBadLineAndIsIdempotent()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"salescoach-import-{Guid.NewGuid():N}.db");
        var file = Path.ChangeExtension(databasePath, ".csv");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = English;
            await SeedAsync(databasePath, Known("29:mgr-wang"), Known("29:rep-li"), Known("29:rep-zhao"));
            await File.WriteAllLinesAsync(file,
            [
                "rep,manager",
                "29:rep-li,29:mgr-wang",
                "29:rep-zhao,29:mgr-wang",
                "nobody@contoso.com,29:mgr-wang",
                "29:mgr-wang,29:mgr-wang",
                "just-one-cell",
            ]);
            string[] args = ["import-team", file, .. Settings(databasePath)];

            using var first = new StringWriter();
            var firstExit = await ImportTeamCommand.RunAsync(args, first, CancellationToken.None);
            using var second = new StringWriter();
            await ImportTeamCommand.RunAsync(args, second, CancellationToken.None);

            Assert.Equal(1, firstExit);
            var lines = first.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(
            [
                NudgeText.Format("Import.BadRow", English, 6),
                NudgeText.Format("Import.Unknown", English, 4, "nobody@contoso.com"),
                NudgeText.Format("Import.Self", English, 5, "29:mgr-wang"),
                NudgeText.Format("Import.Summary", English, 2, 0, 3),
            ], lines);
            Assert.EndsWith(NudgeText.Format("Import.Summary", English, 0, 2, 3), second.ToString().TrimEnd(), StringComparison.Ordinal);
            Assert.Equal(["29:rep-li", "29:rep-zhao"], await ReportsAsync(databasePath, "29:mgr-wang"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            TestDatabase.Delete(databasePath);
            File.Delete(file);
        }
    }

    private static string[] Settings(string databasePath) =>
        [$"--Storage:Provider={TestDatabase.ProviderName}", $"--ConnectionStrings:SalesCoach={TestDatabase.ConnectionString(databasePath)}", "--MicrosoftAppId=", "--Proactive:WorkersEnabled=false"];

    private static UserProfile Learned(string id, string name)
    {
        var local = id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return new UserProfile(id) { Name = name, Locale = "zh-CN", Email = $"{local}@contoso.com", UserPrincipalName = $"{local}@contoso.onmicrosoft.com" };
    }

    private static UserProfile Known(string id) => new(id) { Name = id, Locale = "zh-CN", TimeZone = "Asia/Shanghai" };

    // The bot's database, migrated and written through the same composition the command uses.
    private static async Task SeedAsync(string databasePath, params UserProfile[] users)
    {
        using var host = ToolHost.Build(Settings(databasePath));
        await host.StartAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            foreach (var user in users)
            {
                await scope.ServiceProvider.GetRequiredService<IUserStore>().UpsertAsync(user, CancellationToken.None);
            }

            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await host.StopAsync();
    }

    private static async Task<IEnumerable<string>> ReportsAsync(string databasePath, string managerId)
    {
        using var host = ToolHost.Build(Settings(databasePath));
        await using var scope = host.Services.CreateAsyncScope();
        var reports = await scope.ServiceProvider.GetRequiredService<IUserStore>().ListReportsAsync(managerId, CancellationToken.None);
        return reports.Select(r => r.Id).ToList();
    }
}
