using SalesCoachBot.Protocol;
using SalesCoachBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotProtocol();
builder.Services.AddSalesCoachWeb();

var app = builder.Build();
app.MapBotEndpoints();
app.Run();

/// <summary>The entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
