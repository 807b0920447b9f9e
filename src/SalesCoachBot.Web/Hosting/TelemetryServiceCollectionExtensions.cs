using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SalesCoachBot.Protocol.Telemetry;
using SalesCoachBot.Web.Health;

namespace SalesCoachBot.Web.Hosting;

/// <summary>
/// OpenTelemetry for the host: the bot's own spans and metrics (<see cref="BotTelemetry"/>), the
/// HTTP server and client, EF Core's database commands, and the logs, exported over OTLP — only when an
/// endpoint is configured (<c>Telemetry:OtlpEndpoint</c>, or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). Without one nothing is registered: no provider listens, so
/// the bot's instrumentation does no work beyond a listener check.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The host's own endpoint setting; the standard OTEL_* variables work too.</summary>
    public const string EndpointKey = "Telemetry:OtlpEndpoint";

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c>.</summary>
    public const string ProtocolKey = "Telemetry:OtlpProtocol";

    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string StandardProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";

    public const string DefaultServiceName = "salescoachbot";

    public static IServiceCollection AddSalesCoachTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = OtlpEndpoint(configuration);
        if (endpoint is null)
        {
            return services;
        }

        var protocol = OtlpProtocol(configuration[ProtocolKey] ?? configuration[StandardProtocolKey]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? DefaultServiceName))
            .WithTracing(tracing => tracing.AddSalesCoachInstrumentation())
            .WithMetrics(metrics => metrics.AddSalesCoachInstrumentation())
            // A base address: the exporter appends /v1/traces and /v1/metrics for http/protobuf.
            .UseOtlpExporter(protocol, endpoint);
        return services;
    }

    /// <summary>The configured collector address, or null when telemetry is off.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[EndpointKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[StandardEndpointKey];
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{EndpointKey} (or {StandardEndpointKey}) is not an absolute URL: '{value}'.");
    }

    /// <summary>The bot's spans, incoming requests (not health probes), outgoing HTTP and EF Core commands within them.</summary>
    public static TracerProviderBuilder AddSalesCoachInstrumentation(this TracerProviderBuilder tracing)
    {
        ArgumentNullException.ThrowIfNull(tracing);
        return tracing
            .AddSource(BotTelemetry.SourceName)
            .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments(HealthEndpoint.Route))
            .AddHttpClientInstrumentation()
            // Commands that belong to something (a turn, a request, a send): the outbox poll runs
            // every few seconds and would otherwise fill the traces with lone SELECTs.
            .AddEntityFrameworkCoreInstrumentation(options => options.Filter = (_, _) => Activity.Current is { ParentSpanId: var parent } && parent != default);
    }

    /// <summary>The bot's metrics, with the HTTP server's and client's.</summary>
    public static MeterProviderBuilder AddSalesCoachInstrumentation(this MeterProviderBuilder metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics
            .AddMeter(BotTelemetry.SourceName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation();
    }

    private static OtlpExportProtocol OtlpProtocol(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{ProtocolKey} (or {StandardProtocolKey}) must be 'grpc' or 'http/protobuf', not '{value}'."),
    };
}
