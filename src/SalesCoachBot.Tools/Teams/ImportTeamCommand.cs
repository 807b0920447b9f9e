using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Tools.Hosting;

namespace SalesCoachBot.Tools.Teams;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Tools -- import-team &lt;file&gt;</c>: links reps to managers
/// from a CSV or JSON file, against the bot's own database (same configuration as the host), printing
/// each refused row and a summary. Exit code 0 only when every row was applied or already in place.
/// </summary>
internal static class ImportTeamCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var culture = new TurnUserResolver(Options.Create(new UsersOptions())).CultureFor(CultureInfo.CurrentUICulture.Name);
        if (args.Length < 2)
        {
            await output.WriteLineAsync(NudgeText.Get("Import.Usage", culture)).ConfigureAwait(false);
            return 2;
        }

        var path = args[1];
        if (!File.Exists(path))
        {
            await output.WriteLineAsync(NudgeText.Format("Import.NoFile", culture, path)).ConfigureAwait(false);
            return 2;
        }

        var (rows, errors) = TeamFileReader.Read(path, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), culture);
        using var host = ToolHost.Build(args[2..]);
        // Starting the host validates the bot's options and migrates its database, as the bot's start
        // would; the tool host has no workers, so nothing else runs.
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        TeamImportResult result;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<TeamImporter>().ImportAsync(rows, culture, cancellationToken).ConfigureAwait(false);
        }

        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        var refused = errors.Concat(result.Errors).ToList();
        foreach (var error in refused)
        {
            await output.WriteLineAsync(error).ConfigureAwait(false);
        }

        await output.WriteLineAsync(NudgeText.Format("Import.Summary", culture, result.Linked, result.Unchanged, refused.Count)).ConfigureAwait(false);
        return refused.Count == 0 ? 0 : 1;
    }
}
