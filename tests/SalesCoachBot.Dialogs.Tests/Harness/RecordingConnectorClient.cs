using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Dialogs.Tests.Harness;

/// <summary>A connector that records what the bot sends and answers like the service (ids for sent activities).</summary>
internal sealed class RecordingConnectorClient : IConnectorClient
{
    private int _nextId;

    public List<Activity> Sent { get; } = [];

    public List<(string ActivityId, Activity Activity)> Updated { get; } = [];

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Record(activity));

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Record(activity));

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        lock (Updated)
        {
            Updated.Add((activityId, activity));
        }

        return Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 200, activityId));
    }

    public Task<ConnectorResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 200));

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, "a:new"));

    private ConnectorResult Record(Activity activity)
    {
        lock (Sent)
        {
            var id = $"bot-{++_nextId}";
            Sent.Add(activity with { Id = id });
            return new ConnectorResult(ConnectorOutcome.Sent, 201, id);
        }
    }

    public Task<ConversationMemberResult> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationMemberResult(new ConnectorResult(ConnectorOutcome.Sent, 200, userId), new ConversationMember { Id = userId }));
}
