using SalesCoachBot.Web.Hosting;

// The bot's host. The commands that run and exit (package, content-report, card-samples,
// import-team) are in src/SalesCoachBot.Tools.
var builder = WebApplication.CreateBuilder(args);
builder.AddSalesCoach();

var app = builder.Build();
app.MapSalesCoach();
app.Run();

/// <summary>The entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
