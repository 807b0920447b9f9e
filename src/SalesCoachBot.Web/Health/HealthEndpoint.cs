using System.Reflection;

namespace SalesCoachBot.Web.Health;

/// <summary>
/// <c>GET /healthz</c>: the process is up, and which build it runs. It does not say whether the bot
/// runs in local mode: anyone can call it, and that would tell them whether authentication is off.
/// </summary>
internal static class HealthEndpoint
{
    public const string Route = "/healthz";

    private static readonly string Version =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthEndpoint).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static IResult Handle() => Results.Ok(new HealthReport("ok", Version));
}
