using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// Answers the bot's real connector client in place of the Bot Connector service: a member lookup
/// gets the member, a send or reply gets <see cref="SendStatus"/> (201 with an id by default).
/// Records each request's method and path.
/// </summary>
public sealed class StubConnectorHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<string> _requests = new();
    private int _nextId;

    /// <summary>What a POST or PUT of an activity is answered with.</summary>
    public HttpStatusCode SendStatus { get; init; } = HttpStatusCode.Created;

    /// <summary>"METHOD /path" of every request, in order (retries included).</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri!.AbsolutePath;
        _requests.Enqueue($"{request.Method} {path}");
        if (request.Method == HttpMethod.Get && path.Contains("/members/", StringComparison.Ordinal))
        {
            var userId = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
            return Task.FromResult(Json(HttpStatusCode.OK, $$"""{"id":"{{userId}}","email":"rep@contoso.com","userPrincipalName":"rep@contoso.onmicrosoft.com"}"""));
        }

        if (SendStatus is HttpStatusCode.Created or HttpStatusCode.OK)
        {
            return Task.FromResult(Json(SendStatus, $$"""{"id":"reply-{{Interlocked.Increment(ref _nextId)}}"}"""));
        }

        return Task.FromResult(Json(SendStatus, """{"error":{"code":"Throttled","message":"slow down"}}"""));
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
