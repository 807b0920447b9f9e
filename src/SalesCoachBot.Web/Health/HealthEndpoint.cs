using System.Reflection;
using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Auth;

namespace SalesCoachBot.Web.Health;

/// <summary><c>GET /healthz</c>: the process is up; says which build and whether it runs in local mode.</summary>
internal static class HealthEndpoint
{
    public const string Route = "/healthz";

    private static readonly string Version =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthEndpoint).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static IResult Handle(IOptions<BotOptions> botOptions)
    {
        ArgumentNullException.ThrowIfNull(botOptions);
        return Results.Ok(new HealthReport("ok", Version, botOptions.Value.IsLocalMode));
    }
}
