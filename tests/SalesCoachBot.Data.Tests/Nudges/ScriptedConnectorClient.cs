using System.Collections.Concurrent;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Data.Tests.Nudges;

/// <summary>
/// A stand-in connector whose answers per conversation are scripted (429, 403, 404, failures,
/// exceptions); unscripted sends are delivered. Records every delivered activity.
/// </summary>
internal sealed class ScriptedConnectorClient : IConnectorClient
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<ConnectorResult>>> _scripts = new();
    private readonly ConcurrentQueue<(string ConversationId, Activity Activity)> _delivered = new();
    private int _nextId;

    public IReadOnlyList<(string ConversationId, Activity Activity)> Delivered => [.. _delivered];

    public int Calls => Volatile.Read(ref _nextId);


    public void ScriptAll(string conversationId, params Func<ConnectorResult>[] answers)
    {
        var queue = _scripts.GetOrAdd(conversationId, _ => new());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_scripts.TryGetValue(conversationId, out var queue) && queue.TryDequeue(out var answer))
        {
            var scripted = answer();
            if (!scripted.IsSent)
            {
                return Task.FromResult(scripted);
            }
        }

        _delivered.Enqueue((conversationId, activity));
        return Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, id));
    }

    /// <summary>Runs inside each conversation creation: a test's way to make that call take time.</summary>
    public Action? WhileCreating { get; set; }

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        WhileCreating?.Invoke();
        var user = parameters.Members[0].Id;
        return Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, $"a:created-{user}"));
    }

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 200, activityId));

    public Task<ConnectorResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 200));

    public Task<ConversationMemberResult> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationMemberResult(new ConnectorResult(ConnectorOutcome.Sent, 200, userId), new ConversationMember { Id = userId }));
}
