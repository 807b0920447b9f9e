using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SalesCoachBot.Web.Hosting;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// OpenTelemetry with in-memory exporters, over the same instrumentation the host exports over
/// OTLP (<see cref="TelemetryServiceCollectionExtensions"/>): the spans as they end, the metrics at
/// each <see cref="Flush"/>.
/// </summary>
public sealed class RecordedTelemetry
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];

    /// <summary>Pass as the factory's <c>services</c>.</summary>
    public void Register(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSalesCoachInstrumentation().AddInMemoryExporter(_spans))
            .WithMetrics(metrics => metrics.AddSalesCoachInstrumentation().AddInMemoryExporter(_metrics));

    /// <summary>The spans ended so far (read after the turn's HTTP answer: each is exported as it ends).</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>Exports the metrics collected so far.</summary>
    public static void Flush(IServiceProvider services) => services.GetRequiredService<MeterProvider>().ForceFlush();

    /// <summary>The points of the last export of metric <paramref name="name"/>.</summary>
    public IReadOnlyList<MetricPoint> Points(string name) =>
        _metrics.LastOrDefault(m => m.Name == name)?.MetricPoints ?? [];

    public static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
