using SalesCoachBot.Protocol;
using SalesCoachBot.Web.Hosting;

// --- Teams app package (issue #8): `dotnet run -- package ...` builds the zip and exits. ---
if (args is ["package", ..])
{
    Environment.ExitCode = SalesCoachBot.Web.Packaging.PackageCommand.Run(args[1..]);
    return;
}
// --- end of Teams app package ---

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotProtocol();
builder.Services.AddSalesCoachWeb();

var app = builder.Build();
app.MapBotEndpoints();
app.Run();

/// <summary>The entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
