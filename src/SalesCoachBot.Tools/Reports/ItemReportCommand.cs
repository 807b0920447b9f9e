using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Tools.Hosting;

namespace SalesCoachBot.Tools.Reports;

/// <summary>
/// <c>dotnet run --project src/SalesCoachBot.Tools -- item-report [--Key=value …]</c>: per course
/// section the bank's items, difficulty mix and key-length cue rate, and per item, from the practice
/// answers stored in the bot's own database, the share right and how well it separates strong from
/// weak learners, so a trainer can find a broken item from real use.
/// </summary>
internal static class ItemReportCommand
{
    public static async Task<int> RunAsync(string[] settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var host = ToolHost.Build(settings);
        // Starting the host validates the options and brings the database to the current model, so a
        // fresh installation reports its bank with no answers rather than failing.
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        string report;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            report = await scope.ServiceProvider.GetRequiredService<ItemReport>().RenderAsync(cancellationToken).ConfigureAwait(false);
        }

        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(report).ConfigureAwait(false);
        return 0;
    }
}
