using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesCoachBot.Web.Tests.Scale;

/// <summary>
/// A stand-in Bot Connector on 127.0.0.1 for bot processes: <c>POST /v3/conversations/{id}/activities[/{replyTo}]</c>
/// answers 201 <c>{"id":…}</c>, the member look-up answers the member. Calls to the conversations of
/// <see cref="FaultyTenant"/> are refused on about 30 % of calls (seeded): 429 with <c>Retry-After: 1</c>, or 503.
/// Every POST is recorded with the moment it arrived; while <see cref="Hold"/> is on, POSTs wait unanswered.
/// </summary>
internal sealed class StandInConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Random _faults = new(15);
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, string> _tenants = new(StringComparer.Ordinal);
    private TaskCompletionSource _released = CompletedGate();
    private int _held;
    private int _abortedWhileHeld;
    private int _nextId;

    private StandInConnector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The tenant whose calls are refused now and then.</summary>
    public string? FaultyTenant { get; init; }

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>POSTs waiting for <see cref="Release"/>.</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>Waiting POSTs whose caller went away.</summary>
    public int AbortedWhileHeld => Volatile.Read(ref _abortedWhileHeld);

    public static async Task<StandInConnector> StartAsync(string faultyTenant)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new StandInConnector(app) { FaultyTenant = faultyTenant };
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) => connector.PostAsync(conversationId, null, context));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyTo}", (string conversationId, string replyTo, HttpContext context) => connector.PostAsync(conversationId, replyTo, context));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) => Results.Json(new { id = activityId }));
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", (string userId) => Results.Json(new { id = userId, name = userId, aadObjectId = "aad-" + userId, tenantId = "tenant" }));
        await app.StartAsync();
        connector.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Names the tenant of a conversation (the bot's calls carry it too, this is the test's own map).</summary>
    public void Register(string conversationId, string tenantId) => _tenants[conversationId] = tenantId;

    public string TenantOf(string conversationId) => _tenants.TryGetValue(conversationId, out var tenant) ? tenant : string.Empty;

    /// <summary>From now on POSTs wait unanswered.</summary>
    public void Hold() => Interlocked.Exchange(ref _released, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Answers the waiting POSTs; those whose caller is gone are recorded as never answered.</summary>
    public void Release() => Interlocked.Exchange(ref _released, CompletedGate()).TrySetResult();

    /// <summary>The message activities accepted (201) in <paramref name="conversationId"/>.</summary>
    public IReadOnlyList<ConnectorCall> Accepted(string conversationId) =>
        [.. Calls.Where(c => c.ConversationId == conversationId && c.Status == StatusCodes.Status201Created && c.Type == "message")];

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }

    private async Task<IResult> PostAsync(string conversationId, string? replyTo, HttpContext context)
    {
        var arrived = DateTimeOffset.UtcNow;
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var activity = body.RootElement.Clone();
        var gate = Volatile.Read(ref _released).Task;
        if (!gate.IsCompleted)
        {
            Interlocked.Increment(ref _held);
            using var aborted = context.RequestAborted.Register(() => Interlocked.Increment(ref _abortedWhileHeld));
            try
            {
                await gate;
            }
            finally
            {
                Interlocked.Decrement(ref _held);
            }
        }

        var tenant = TenantOf(conversationId);
        var type = activity.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (context.RequestAborted.IsCancellationRequested)
        {
            _calls.Enqueue(new ConnectorCall(arrived, conversationId, tenant, type, replyTo, 0, activity));
            return Results.Empty;
        }

        int? fault = null;
        if (tenant == FaultyTenant)
        {
            lock (_faults)
            {
                var roll = _faults.NextDouble();
                fault = roll < 0.15 ? StatusCodes.Status429TooManyRequests : roll < 0.30 ? StatusCodes.Status503ServiceUnavailable : null;
            }
        }

        if (fault is { } status)
        {
            _calls.Enqueue(new ConnectorCall(arrived, conversationId, tenant, type, replyTo, status, activity));
            if (status == StatusCodes.Status429TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            return Results.Json(new { error = new { code = status == 429 ? "Throttled" : "ServiceUnavailable", message = "stand-in fault" } }, statusCode: status);
        }

        var id = $"activity-{Interlocked.Increment(ref _nextId)}";
        _calls.Enqueue(new ConnectorCall(arrived, conversationId, tenant, type, replyTo, StatusCodes.Status201Created, activity) { Id = id });
        return Results.Json(new { id }, statusCode: StatusCodes.Status201Created);
    }
}

/// <summary>One POST a bot made: when it arrived, where to, what it carried and how it was answered (0: its caller was gone).</summary>
internal sealed record ConnectorCall(DateTimeOffset ArrivedAt, string ConversationId, string TenantId, string? Type, string? ReplyTo, int Status, JsonElement Activity)
{
    public string? Id { get; init; }
}
