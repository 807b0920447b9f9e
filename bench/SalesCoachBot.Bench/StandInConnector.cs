using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SalesCoachBot.Bench;

/// <summary>
/// A Bot Connector stand-in on loopback: accepts the bot's replies (201 with an id, as Teams
/// answers) and notes when each arrives, per conversation. Loopback is trusted in local mode.
/// </summary>
internal sealed class StandInConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private long _nextId;

    private StandInConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long RepliesReceived => Interlocked.Read(ref _nextId);

    public static async Task<StandInConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new StandInConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId) => connector.Receive(conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId) => connector.Receive(conversationId));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Starts waiting for the next reply in a conversation; the task gives its arrival timestamp.</summary>
    public Task<long> ExpectReply(string conversationId)
    {
        var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[conversationId] = waiter;
        return waiter.Task;
    }

    private IResult Receive(string conversationId)
    {
        var arrived = Stopwatch.GetTimestamp();
        if (_waiting.TryRemove(conversationId, out var waiter))
        {
            waiter.TrySetResult(arrived);
        }

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        return Results.Json(new { id }, statusCode: StatusCodes.Status201Created);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
