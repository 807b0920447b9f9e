using System.Collections.Concurrent;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>A stand-in connector that records what the bot sends and reports it delivered.</summary>
public sealed class RecordingConnectorClient : IConnectorClient
{
    private readonly ConcurrentQueue<RecordedSend> _sends = new();
    private int _nextId;

    public IReadOnlyList<RecordedSend> Sends => [.. _sends];

    public IReadOnlyList<Activity> SentActivities => [.. _sends.Select(s => s.Activity)];

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record(nameof(SendToConversationAsync), serviceUrl, conversationId, activity);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(nameof(ReplyToActivityAsync), serviceUrl, conversationId, activity);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(nameof(UpdateActivityAsync), serviceUrl, conversationId, activity);

    public Task<ConnectorResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Record(nameof(DeleteActivityAsync), serviceUrl, conversationId, new Activity { Id = activityId });

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Record(nameof(CreateConversationAsync), serviceUrl, string.Empty, parameters.Activity ?? new Activity());

    private Task<ConnectorResult> Record(string operation, string serviceUrl, string conversationId, Activity activity)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Recorded with the id the service gives it, so a test can press a button on "that" card.
        _sends.Enqueue(new RecordedSend(operation, serviceUrl, conversationId, activity with { Id = activity.Id ?? id }));
        return Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, id));
    }
}
