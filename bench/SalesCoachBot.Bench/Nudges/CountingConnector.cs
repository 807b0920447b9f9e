using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Bench.Nudges;

/// <summary>An in-process stand-in connector that accepts everything and counts the sends.</summary>
internal sealed class CountingConnector : IConnectorClient
{
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
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
