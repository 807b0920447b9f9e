using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Rep.Privacy;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Tools.Hosting;

namespace SalesCoachBot.Tools.Privacy;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Tools -- stakeholder export|erase --name 张伟 [--deal &lt;id&gt;] [--out file] [--operator name]</c>:
/// an administrator's answer to a stakeholder's request for access or erasure, against the bot's own
/// database (same configuration as the host). The export is JSON on stdout or in <c>--out</c>; the
/// erase removes the person from every deal, with dialogs in progress and proactive messages that
/// name them. Each run leaves an audit entry (operator: <c>--operator</c>, else the system user).
/// </summary>
internal static class StakeholderCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var culture = new TurnUserResolver(Options.Create(new UsersOptions())).CultureFor(CultureInfo.CurrentUICulture.Name);
        if (args is not [_, "export" or "erase", ..] || !TryParse(args[2..], out var options, out var settings) || options.GetValueOrDefault("name") is not { Length: > 0 } name)
        {
            await error.WriteLineAsync(PrivacyText.Get("Stakeholder.Usage", culture)).ConfigureAwait(false);
            return 2;
        }

        Guid? dealId = null;
        if (options.GetValueOrDefault("deal") is { } deal)
        {
            if (!Guid.TryParse(deal, out var parsed))
            {
                await error.WriteLineAsync(PrivacyText.Format("Stakeholder.BadDeal", culture, deal.Length > 64 ? deal[..64] : deal)).ConfigureAwait(false);
                return 2;
            }

            dealId = parsed;
        }

        var operatorName = options.GetValueOrDefault("operator") ?? Environment.UserName;
        if (string.IsNullOrWhiteSpace(operatorName))
        {
            await error.WriteLineAsync(PrivacyText.Get("Stakeholder.NoOperator", culture)).ConfigureAwait(false);
            return 2;
        }

        using var host = ToolHost.Build(settings);
        // Starting the host validates the bot's options and migrates its database, as the bot's start would.
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var records = scope.ServiceProvider.GetRequiredService<StakeholderRecords>();
            if (args[1] == "erase")
            {
                var erased = await records.EraseAsync(name, dealId, operatorName, cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync(PrivacyText.Format("Stakeholder.Erased", culture, erased.People, erased.Records)).ConfigureAwait(false);
                return 0;
            }

            var export = await records.ExportAsync(name, dealId, operatorName, cancellationToken).ConfigureAwait(false);
            if (options.GetValueOrDefault("out") is { } path)
            {
                await File.WriteAllTextAsync(path, export.Json, cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync(PrivacyText.Format("Stakeholder.ExportedTo", culture, export.People, export.Records, path)).ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync(export.Json).ConfigureAwait(false);
                await error.WriteLineAsync(PrivacyText.Format("Stakeholder.Exported", culture, export.People, export.Records)).ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            await host.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // --name/--deal/--out/--operator take the next argument; everything else is the host's configuration (--Key=value, --contentRoot …).
    private static bool TryParse(string[] args, out Dictionary<string, string> options, out string[] settings)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i] switch
            {
                "--name" => "name",
                "--deal" => "deal",
                "--out" => "out",
                "--operator" => "operator",
                _ => null,
            };
            if (key is null)
            {
                rest.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                settings = [];
                return false;
            }

            options[key] = args[++i];
        }

        settings = [.. rest];
        return true;
    }
}
