using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Buffers;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Web.Turns;

namespace SalesCoachBot.Web.Messages;

/// <summary>
/// <c>POST /api/messages</c>: in local mode refuses any caller that is not on this machine (401),
/// checks the request (415, 413, 400), authenticates it (401), then runs the turn. Everything but an invoke is answered with an empty 200 (replies go through the
/// connector); an invoke is answered with its invoke response <c>{statusCode, type, value}</c>.
/// </summary>
internal sealed partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    // Set by a reverse proxy: a request carrying one came from elsewhere, whatever the socket says.
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Original-For", "X-Real-IP"];

    private readonly int _maxBodyBytes;
    private readonly bool _localMode;
    private readonly IActivityAuthenticator _authenticator;
    private readonly TurnPipeline _pipeline;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<MessagesEndpoint> _logger;

    public MessagesEndpoint(
        IOptions<MessagesEndpointOptions> options,
        IOptions<BotOptions> bot,
        IActivityAuthenticator authenticator,
        TurnPipeline pipeline,
        IHostApplicationLifetime lifetime,
        ILogger<MessagesEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bot);
        _maxBodyBytes = options.Value.MaxBodyBytes;
        _localMode = bot.Value.IsLocalMode;
        _authenticator = authenticator;
        _pipeline = pipeline;
        _lifetime = lifetime;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var response = context.Response;

        if (_localMode && FindNonLocalCaller(context) is { } caller)
        {
            // Local mode authenticates nobody, so it may only serve this machine: a deployment that
            // lost its app id must refuse the world, not accept anonymous activities from it.
            LogRefusedRemote(caller);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!IsJson(request.ContentType))
        {
            await RefuseAsync(response, StatusCodes.Status415UnsupportedMediaType, "The body must be application/json.").ConfigureAwait(false);
            return;
        }

        if (request.ContentLength > _maxBodyBytes)
        {
            await RefuseAsync(response, StatusCodes.Status413PayloadTooLarge, "The activity is too large.").ConfigureAwait(false);
            return;
        }

        using var body = await ReadCappedAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            // Chunked (or lying) bodies are only known to be too large once read this far.
            await RefuseAsync(response, StatusCodes.Status413PayloadTooLarge, "The activity is too large.").ConfigureAwait(false);
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.WrittenSpan, ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            // System.Text.Json quotes the sender's property names and path.
            var reason = UntrustedText.Bound(ex.Message, 240);
            LogMalformed(reason);
            await RefuseAsync(response, StatusCodes.Status400BadRequest, "The body is not a valid activity.").ConfigureAwait(false);
            return;
        }

        var problem = activity is null ? "the body is null" : ActivityValidator.FindProblem(activity);
        if (activity is null || problem is not null)
        {
            LogInvalid(problem);
            await RefuseAsync(response, StatusCodes.Status400BadRequest, "The activity is missing required fields.").ConfigureAwait(false);
            return;
        }

        // The authenticator knows local mode (no app id): it then accepts requests without a token.
        var header = request.Headers.Authorization.ToString();
        var authentication = await _authenticator.AuthenticateAsync(header.Length > 0 ? header : null, activity, context.RequestAborted).ConfigureAwait(false);
        if (!authentication.IsAuthenticated)
        {
            // Every field here may come from the sender; the reason may quote its token's claims.
            var (type, id) = (UntrustedText.Bound(activity.Type), UntrustedText.Bound(activity.Id));
            var reason = UntrustedText.Bound(authentication.FailureReason, 400);
            LogUnauthenticated(type, id, reason);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // The turn runs to its end even if the caller hangs up: Teams gives up after 15 s and
        // redelivers, and the redelivery is then acknowledged as a duplicate, so cancelling here
        // would lose the user's message. Only shutting down stops a turn.
        var result = await _pipeline.RunAsync(activity, _lifetime.ApplicationStopping).ConfigureAwait(false);

        if (result.AnswerPending)
        {
            // A redelivered invoke whose first delivery has not answered yet: answering anything
            // else would differ from what the first delivery answers, so the channel is asked again.
            response.Headers.RetryAfter = "1";
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        if (activity.Type == ActivityTypes.Invoke)
        {
            await response.WriteAsJsonAsync(result.InvokeResponse ?? new InvokeResponse(), ProtocolJson.Options, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Why the caller is not this machine, or null when it is: the connection's own remote address
    /// (never a header) must be loopback, and no proxy may have forwarded the request.
    /// </summary>
    private static string? FindNonLocalCaller(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null)
        {
            // Not a TCP connection (e.g. a Unix socket behind a proxy): nothing shows it is local.
            return "no remote IP address";
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        if (!IPAddress.IsLoopback(remote))
        {
            return $"remote address {remote}";
        }

        var forwarded = Array.Find(ForwardingHeaders, h => context.Request.Headers.ContainsKey(h));
        return forwarded is null ? null : $"forwarded by a proxy ({forwarded} header)";
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (!mediaType.Charset.HasValue || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body, or null as soon as it is longer than the limit.</summary>
    /// <remarks>In pooled memory: the caller disposes what it gets once the activity is parsed.</remarks>
    private async Task<PooledBufferWriter?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new PooledBufferWriter(4096);
        try
        {
            while (true)
            {
                // Never ask for more than one byte past the limit, whatever the buffer has room for.
                var memory = buffer.GetMemory(4096);
                memory = memory[..Math.Min(memory.Length, _maxBodyBytes + 1 - buffer.WrittenCount)];
                var read = await body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > _maxBodyBytes)
                {
                    buffer.Dispose();
                    return null;
                }
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static Task RefuseAsync(HttpResponse response, int statusCode, string title) =>
        Results.Problem(statusCode: statusCode, title: title).ExecuteAsync(response.HttpContext);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Refused a malformed activity: {Reason}")]
    private partial void LogMalformed(string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Refused an incomplete activity: {Reason}")]
    private partial void LogInvalid(string? reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message =
        "Refused a request in local mode (no MicrosoftAppId), which only serves loopback callers: {Caller}")]
    private partial void LogRefusedRemote(string caller);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Refused an unauthenticated {ActivityType} activity {ActivityId}: {Reason}")]
    private partial void LogUnauthenticated(string? activityType, string? activityId, string? reason);
}
