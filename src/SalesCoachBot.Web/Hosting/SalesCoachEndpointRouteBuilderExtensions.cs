using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Web.Health;
using SalesCoachBot.Web.Messages;
using SalesCoachBot.Web.PowerMap;

namespace SalesCoachBot.Web.Hosting;

/// <summary>
/// Maps the bot's HTTP surface: <c>POST /api/messages</c>, <c>GET /healthz</c> and the power-map
/// pictures the cards show (<c>GET /power-map/{token}.png</c>).
/// </summary>
internal static partial class SalesCoachEndpointRouteBuilderExtensions
{
    public static WebApplication MapSalesCoach(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode)
        {
            LogLocalMode(app.Logger);
        }

        app.MapPost(MessagesEndpoint.Route, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapHealthChecks(HealthEndpoint.Route, HealthEndpoint.Options);
        app.MapPowerMap();
        return app;
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message =
        "LOCAL MODE: MicrosoftAppId is empty, so inbound requests are not authenticated and replies carry no token. " +
        "Use this only on a developer machine with a local client such as the Agents Playground; set MicrosoftAppId, " +
        "MicrosoftAppPassword and MicrosoftAppTenantId for anything reachable from outside.")]
    private static partial void LogLocalMode(ILogger logger);
}
