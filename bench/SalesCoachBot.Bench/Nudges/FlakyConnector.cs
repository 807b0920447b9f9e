using System.Collections.Concurrent;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Bench.Nudges;

/// <summary>
/// An in-process stand-in connector that refuses a share of the sends — half of them as 429 with a
/// Retry-After of one second, half as 503 — and records, per tenant, when every call came and, per
/// conversation, how many sends it accepted.
/// </summary>
internal sealed class FlakyConnector(double refusedShare, int seed) : IConnectorClient
{
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<long> _firstAccepted = new();
    private int _refused;

    public int Accepted => _accepted.Values.Sum();

    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Conversations that accepted more than one send.</summary>
    public int SentTwice => _accepted.Values.Count(n => n > 1);

    public int ConversationsReached => _accepted.Count;

    /// <summary>
    /// When the conversation that made <paramref name="share"/> of <paramref name="count"/> reached was
    /// reached (UTC ticks), or null before that: the outbox's sustained pace, apart from the few messages
    /// refused again and again that wait out their growing back-off at the end.
    /// </summary>
    public long? ReachedShareAt(double share, int count)
    {
        var needed = (int)Math.Ceiling(share * count);
        var times = _firstAccepted.Order().ToArray();
        return needed >= 1 && times.Length >= needed ? times[needed - 1] : null;
    }

    /// <summary>The most calls that reached any one tenant within one second.</summary>
    public int MostCallsInOneSecondToOneTenant()
    {
        var most = 0;
        foreach (var calls in _calls.Values)
        {
            var sorted = calls.Order().ToArray();
            for (int first = 0, last = 0; last < sorted.Length; last++)
            {
                while (sorted[last] - sorted[first] >= TimeSpan.TicksPerSecond)
                {
                    first++;
                }

                most = Math.Max(most, last - first + 1);
            }
        }

        return most;
    }

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _calls.GetOrAdd(activity.Conversation?.TenantId ?? string.Empty, _ => new ConcurrentQueue<long>()).Enqueue(DateTimeOffset.UtcNow.UtcTicks);
        double draw;
        lock (_lock)
        {
            draw = _random.NextDouble();
        }

        if (draw < refusedShare / 2)
        {
            Interlocked.Increment(ref _refused);
            return Task.FromResult(new ConnectorResult(ConnectorOutcome.Throttled, 429, RetryAfter: TimeSpan.FromSeconds(1), Error: "429"));
        }

        if (draw < refusedShare)
        {
            Interlocked.Increment(ref _refused);
            return Task.FromResult(new ConnectorResult(ConnectorOutcome.Failed, 503, Error: "503"));
        }

        if (_accepted.AddOrUpdate(conversationId, 1, (_, n) => n + 1) == 1)
        {
            _firstAccepted.Enqueue(DateTimeOffset.UtcNow.UtcTicks);
        }

        return Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, "id"));
    }

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 200, activityId));

    public Task<ConnectorResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 200));

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, "a:new"));

    public Task<ConversationMemberResult> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationMemberResult(new ConnectorResult(ConnectorOutcome.Sent, 200, userId), new ConversationMember { Id = userId }));
}
