// --- Teams app package (issue #8): `dotnet run -- package ...` builds the zip and exits. ---
if (args is ["package", ..])
{
    Environment.ExitCode = SalesCoachBot.Web.Packaging.PackageCommand.Run(args[1..]);
    return;
}
// --- end of Teams app package ---

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();
