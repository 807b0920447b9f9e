using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesCoachBot.TestSupport.Graph;

/// <summary>
/// A stand-in Microsoft Graph: a real Kestrel server on 127.0.0.1 answering <c>GET /v1.0/users/{id}/manager</c>
/// the way Graph does (the manager as a <c>microsoft.graph.user</c>, or 404 <c>Request_ResourceNotFound</c>),
/// and only to requests that carry <see cref="AccessToken"/> as their bearer token (401 otherwise).
/// </summary>
public sealed class StandInGraph : IAsyncDisposable
{
    /// <summary>The token <see cref="StaticTokenCredential"/> hands out and the stand-in expects.</summary>
    public const string AccessToken = "stand-in-graph-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private StandInGraph(WebApplication app) => _app = app;

    /// <summary>Each user's manager by Entra object id: the manager's object id and display name.</summary>
    public ConcurrentDictionary<string, (string Id, string DisplayName)> Managers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When set, every request is answered with this status (Graph having a bad day).</summary>
    public int? FailWith { get; set; }

    /// <summary>The path and (decoded) query of every authorized request, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>The requests refused for a missing or wrong bearer token.</summary>
    public int Unauthorized { get; private set; }

    /// <summary>What <c>Graph:BaseUrl</c> must be for the bot to use this stand-in.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<StandInGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new StandInGraph(app);
        app.MapGet("/v1.0/users/{id}/manager", graph.Manager);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        graph.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return graph;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Manager(string id, HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + AccessToken)
        {
            Unauthorized++;
            return Error(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
        }

        _requests.Enqueue(context.Request.Path + Uri.UnescapeDataString(context.Request.QueryString.ToString()));
        if (FailWith is { } status)
        {
            return Error(status, "serviceNotAvailable", "The service is not available.");
        }

        return Managers.TryGetValue(id, out var manager)
            ? Results.Json(new Dictionary<string, object>
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity",
                ["@odata.type"] = "#microsoft.graph.user",
                ["id"] = manager.Id,
                ["displayName"] = manager.DisplayName,
            })
            : Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
