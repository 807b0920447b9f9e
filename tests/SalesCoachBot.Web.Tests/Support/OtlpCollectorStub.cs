using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// A stand-in OpenTelemetry collector on a real loopback port: accepts OTLP/HTTP protobuf exports
/// (<c>POST /v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>) and keeps each body.
/// </summary>
public sealed class OtlpCollectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _received;

    private OtlpCollectorStub(WebApplication app, ConcurrentQueue<(string, string, byte[])> received, string address)
    {
        _app = app;
        _received = received;
        Address = address;
    }

    /// <summary>The collector's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    public static async Task<OtlpCollectorStub> StartAsync()
    {
        var received = new ConcurrentQueue<(string, string, byte[])>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            received.Enqueue((context.Request.Path.Value ?? string.Empty, context.Request.ContentType ?? string.Empty, body.ToArray()));
            // An empty Export*ServiceResponse: full success.
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OtlpCollectorStub(app, received, address);
    }

    /// <summary>Whether an export to <paramref name="path"/> carried <paramref name="text"/> (protobuf keeps strings as UTF-8).</summary>
    public bool Received(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return _received.Any(r => r.Path == path && r.ContentType.StartsWith("application/x-protobuf", StringComparison.Ordinal)
            && r.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
