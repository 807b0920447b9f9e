using SalesCoachBot.Data;
using SalesCoachBot.Web.Directory;
using SalesCoachBot.Web.Workers;

namespace SalesCoachBot.Web.Hosting;

/// <summary>The host's composition root: the bot as the tools compose it, plus the web parts.</summary>
internal static class SalesCoachWebApplicationBuilderExtensions
{
    /// <summary>
    /// <see cref="SalesCoachServiceCollectionExtensions.AddSalesCoachCore"/> (protocol, dialogs, coaching,
    /// power map, data), then the messages endpoint with its turn pipeline, the proactive workers,
    /// telemetry (exported only when an OTLP endpoint is configured) and, when configured, the company
    /// directory (Graph).
    /// </summary>
    public static WebApplicationBuilder AddSalesCoach(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSalesCoachCore(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSalesCoachWeb();
        builder.Services.AddProactiveWorkers();
        builder.Services.AddSalesCoachTelemetry(builder.Configuration);
        builder.Services.AddGraphDirectory(builder.Configuration);
        return builder;
    }
}
