using SalesCoachBot.Coaching;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.Data;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol;
using SalesCoachBot.Web.Hosting;
using SalesCoachBot.Web.PowerMap;
using SalesCoachBot.Web.Workers;

// Commands that run and exit instead of starting the bot: `package` builds the Teams app zip,
// `content-report` prints the course coverage of the questions and gap rules, `card-samples`
// writes the cards for the pictures in docs/, `import-team` links reps to managers from a file.
if (args is ["package", ..])
{
    Environment.ExitCode = SalesCoachBot.Web.Packaging.PackageCommand.Run(args[1..]);
    return;
}

if (args is ["content-report", ..])
{
    Environment.ExitCode = SalesCoachBot.Web.Reports.ContentReportCommand.Run(Console.Out);
    return;
}

if (args is ["card-samples", ..])
{
    Environment.ExitCode = SalesCoachBot.Web.Reports.CardSamplesCommand.Run(args[1..], Console.Out);
    return;
}

if (args is ["import-team", ..])
{
    Environment.ExitCode = await SalesCoachBot.Web.Teams.ImportTeamCommand.RunAsync(args, Console.Out, CancellationToken.None);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotProtocol();
builder.Services.AddDialogs();
builder.Services.AddData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddCoaching();
builder.Services.AddPowerMap();
builder.Services.AddSalesCoachWeb();
builder.Services.AddProactiveWorkers();

var app = builder.Build();
app.MapBotEndpoints();
app.MapPowerMap();
app.Run();

/// <summary>The entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
