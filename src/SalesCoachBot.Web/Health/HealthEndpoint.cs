using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SalesCoachBot.Web.Health;

/// <summary>
/// <c>GET /healthz</c> through ASP.NET Core health checks: 200 while every check (the database:
/// Data's <c>AddDbContextCheck</c>) passes, 503 when one fails, and which build runs. The body names
/// each check and its status only: no error text (it could carry a connection string), and nothing
/// that tells an anonymous caller whether the bot runs in local mode.
/// </summary>
internal static class HealthEndpoint
{
    public const string Route = "/healthz";

    private static readonly string Version =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthEndpoint).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static HealthCheckOptions Options { get; } = new()
    {
        AllowCachingResponses = false,
        ResponseWriter = WriteAsync,
    };

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteString("version", Version);
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, entry.Status.ToString());
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
