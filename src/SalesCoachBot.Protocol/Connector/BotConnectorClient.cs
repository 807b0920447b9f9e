using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MsalException = Microsoft.Identity.Client.MsalException;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Buffers;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Telemetry;

namespace SalesCoachBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST v3 client: a typed <see cref="HttpClient"/> whose handler chain holds the
/// resilience pipeline. Sends the bot's token only to trusted service URLs and turns every HTTP
/// outcome into a <see cref="ConnectorResult"/>.
/// </summary>
internal sealed partial class BotConnectorClient(
    HttpClient httpClient,
    IBotTokenProvider tokenProvider,
    ServiceUrlTrustPolicy trustPolicy,
    TimeProvider timeProvider,
    ILogger<BotConnectorClient> logger) : IConnectorClient
{
    private const int MaxErrorLength = 300;

    public async Task<ConversationMemberResult> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId ?? string.Empty)}/members/{Uri.EscapeDataString(userId ?? string.Empty)}";
        var (result, body) = await ExchangeAsync<object>(BotTelemetry.OperationGetConversationMember, conversationId, HttpMethod.Get, serviceUrl, path, null, cancellationToken).ConfigureAwait(false);
        if (!result.IsSent)
        {
            return new ConversationMemberResult(result);
        }

        var member = ReadMember(body);
        return member is null
            ? new ConversationMemberResult(result with { Outcome = ConnectorOutcome.Failed, Error = "no member in the response" })
            : new ConversationMemberResult(result, member);
    }

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(BotTelemetry.OperationSendToConversation, conversationId, HttpMethod.Post, serviceUrl, ActivitiesPath(conversationId), activity, cancellationToken);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(BotTelemetry.OperationReplyToActivity, conversationId, HttpMethod.Post, serviceUrl, ActivityPath(conversationId, activityId), activity, cancellationToken);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(BotTelemetry.OperationUpdateActivity, conversationId, HttpMethod.Put, serviceUrl, ActivityPath(conversationId, activityId), activity, cancellationToken);

    public Task<ConnectorResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<object>(BotTelemetry.OperationDeleteActivity, conversationId, HttpMethod.Delete, serviceUrl, ActivityPath(conversationId, activityId), null, cancellationToken);

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(BotTelemetry.OperationCreateConversation, null, HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    /// <summary>The absolute URL of a connector path under a service URL (with or without a trailing slash).</summary>
    internal static Uri? BuildUri(string serviceUrl, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            return null;
        }

        return Uri.TryCreate(serviceUrl.Trim().TrimEnd('/') + "/" + relativePath, UriKind.Absolute, out var uri) ? uri : null;
    }

    private static string ActivitiesPath(string conversationId) =>
        $"v3/conversations/{Uri.EscapeDataString(conversationId ?? string.Empty)}/activities";

    private static string ActivityPath(string conversationId, string activityId) =>
        $"{ActivitiesPath(conversationId)}/{Uri.EscapeDataString(activityId ?? string.Empty)}";

    private async Task<ConnectorResult> SendAsync<T>(string operation, string? conversationId, HttpMethod method, string serviceUrl, string relativePath, T? body, CancellationToken cancellationToken)
        where T : class =>
        (await ExchangeAsync(operation, conversationId, method, serviceUrl, relativePath, body, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>One connector call inside its span, its outcome counted (<see cref="BotTelemetry"/>).</summary>
    private async Task<(ConnectorResult Result, string Body)> ExchangeAsync<T>(string operation, string? conversationId, HttpMethod method, string serviceUrl, string relativePath, T? body, CancellationToken cancellationToken)
        where T : class
    {
        using var span = BotTelemetry.StartConnectorCall(operation, conversationId);
        var started = timeProvider.GetTimestamp();
        try
        {
            var exchanged = await ExchangeCoreAsync(method, serviceUrl, relativePath, body, cancellationToken).ConfigureAwait(false);
            BotTelemetry.RecordConnectorResult(span, operation, exchanged.Result, timeProvider.GetElapsedTime(started));
            return exchanged;
        }
        catch (Exception ex)
        {
            BotTelemetry.RecordConnectorException(span, ex);
            throw;
        }
    }

    private async Task<(ConnectorResult Result, string Body)> ExchangeCoreAsync<T>(HttpMethod method, string serviceUrl, string relativePath, T? body, CancellationToken cancellationToken)
        where T : class
    {
        var uri = BuildUri(serviceUrl, relativePath);
        if (uri is null || !trustPolicy.IsTrusted(uri))
        {
            // The service URL came in an activity: bound it before it reaches a log or a result.
            var shown = UntrustedText.Bound(serviceUrl, 200);
            LogUntrusted(logger, shown);
            return (new ConnectorResult(ConnectorOutcome.Untrusted, Error: $"service URL '{shown}' is not trusted"), string.Empty);
        }

        string? token;
        try
        {
            token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MsalException ex)
        {
            LogTokenFailed(logger, ex);
            return (new ConnectorResult(ConnectorOutcome.Failed, Error: $"no token: {ex.ErrorCode}"), string.Empty);
        }

        using var request = new HttpRequestMessage(method, uri);
        PooledBufferWriter? payload = null;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            // Buffered, not streamed: the pipeline may send the same request more than once, and the
            // connector wants a Content-Length. Pooled memory, given back once the exchange (with any retries) is over.
            payload = new PooledBufferWriter(8192);
            // UTF-8 text, as the cards were measured (ProtocolJson.WriterOptions).
            using (var writer = new Utf8JsonWriter(payload, ProtocolJson.WriterOptions))
            {
                JsonSerializer.Serialize(writer, body, ProtocolJson.Options);
            }

            request.Content = new ReadOnlyMemoryContent(payload.WrittenMemory);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return await ClassifyAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException)
        {
            LogSendFailed(logger, method.Method, uri.Host, ex);
            var reason = ex switch
            {
                BrokenCircuitException => "circuit open",
                TimeoutRejectedException or TaskCanceledException => "timed out",
                _ => "network error",
            };
            return (new ConnectorResult(ConnectorOutcome.Failed, Error: reason), string.Empty);
        }
        finally
        {
            payload?.Dispose();
        }
    }

    private async Task<(ConnectorResult Result, string Body)> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = response.Content is null
            ? string.Empty
            : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return (new ConnectorResult(ConnectorOutcome.Sent, status, Id: ReadId(text)), text);
        }

        var error = text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
        var result = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new ConnectorResult(ConnectorOutcome.Throttled, status,
                RetryAfter: ConnectorResiliencePipeline.RetryAfter(response, timeProvider), Error: error),
            HttpStatusCode.NotFound => new ConnectorResult(ConnectorOutcome.ConversationGone, status, Error: error),
            HttpStatusCode.Forbidden => new ConnectorResult(ConnectorOutcome.Blocked, status, Error: error),
            HttpStatusCode.RequestEntityTooLarge => new ConnectorResult(ConnectorOutcome.TooLarge, status, Error: error),
            _ => new ConnectorResult(ConnectorOutcome.Failed, status, Error: error),
        };
        return (result, text);
    }

    private static ConversationMember? ReadMember(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var member = JsonSerializer.Deserialize<ConversationMember>(body, ProtocolJson.Options);
            return string.IsNullOrEmpty(member?.Id) ? null : member;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadId(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                    ? id.GetString()
                    : null;
        }
        catch (JsonException)
        {
            // A 2xx without a JSON body still means delivered.
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not sending to untrusted service URL {ServiceUrl}")]
    private static partial void LogUntrusted(ILogger logger, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not get a token for the Bot Connector service")]
    private static partial void LogTokenFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} to the connector at {Host} failed")]
    private static partial void LogSendFailed(ILogger logger, string method, string host, Exception exception);
}
