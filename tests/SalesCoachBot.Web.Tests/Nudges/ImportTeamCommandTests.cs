using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Teams;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

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
            await using var factory = new BotWebApplicationFactory(databasePath: databasePath, settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
            // Installing is how the bot learns each user's email and UPN from Teams.
            await new TeamsChat(factory, "zh-CN", userId: "29:mgr-wang", userName: "王芳").Install();
            await new TeamsChat(factory, "zh-CN", userId: "29:rep-li", userName: "李明").Install();
            await new TeamsChat(factory, "zh-CN", userId: "29:rep-zhao", userName: "赵雷").Install();
            await File.WriteAllLinesAsync(file,
            [
                "rep,manager",
                "rep-li@contoso.onmicrosoft.com,MGR-WANG@contoso.onmicrosoft.com",
                "Rep-Zhao@Contoso.com,mgr-wang@contoso.com",
            ]);
            string[] args = ["import-team", file, $"--ConnectionStrings:SalesCoach={TestDatabase.ConnectionString(databasePath)}", $"--Storage:Provider={TestDatabase.ProviderName}", "--MicrosoftAppId=", "--Proactive:WorkersEnabled=false"];

            using var output = new StringWriter();
            var exit = await ImportTeamCommand.RunAsync(args, output, CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Equal(NudgeText.Format("Import.Summary", English, 2, 0, 0), output.ToString().TrimEnd());
            await using var scope = factory.Services.CreateAsyncScope();
            var reports = await scope.ServiceProvider.GetRequiredService<IUserStore>().ListReportsAsync("29:mgr-wang", CancellationToken.None);
            Assert.Equal(["29:rep-li", "29:rep-zhao"], reports.Select(r => r.Id));
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
            await using var factory = new BotWebApplicationFactory(databasePath: databasePath, settings: new Dictionary<string, string?> { ["Proactive:WorkersEnabled"] = "false" });
            await TeamSeed.AddAsync(factory.Services, "29:mgr-wang", "Asia/Shanghai");
            await TeamSeed.AddAsync(factory.Services, "29:rep-li", "Asia/Shanghai");
            await TeamSeed.AddAsync(factory.Services, "29:rep-zhao", "Asia/Shanghai");
            await File.WriteAllLinesAsync(file,
            [
                "rep,manager",
                "29:rep-li,29:mgr-wang",
                "29:rep-zhao,29:mgr-wang",
                "nobody@contoso.com,29:mgr-wang",
                "29:mgr-wang,29:mgr-wang",
                "just-one-cell",
            ]);
            string[] args = ["import-team", file, $"--ConnectionStrings:SalesCoach={TestDatabase.ConnectionString(databasePath)}", $"--Storage:Provider={TestDatabase.ProviderName}", "--MicrosoftAppId=", "--Proactive:WorkersEnabled=false"];

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
            await using var scope = factory.Services.CreateAsyncScope();
            var reports = await scope.ServiceProvider.GetRequiredService<IUserStore>().ListReportsAsync("29:mgr-wang", CancellationToken.None);
            Assert.Equal(["29:rep-li", "29:rep-zhao"], reports.Select(r => r.Id));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            TestDatabase.Delete(databasePath);
            File.Delete(file);
        }
    }
}
