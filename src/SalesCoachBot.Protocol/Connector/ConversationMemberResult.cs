namespace SalesCoachBot.Protocol.Connector;

/// <summary>The classified result of fetching one conversation member.</summary>
/// <param name="Result">The classified call; the member is only there when <see cref="ConnectorResult.IsSent"/>.</param>
/// <param name="Member">The member, when the service answered with one.</param>
public sealed record ConversationMemberResult(ConnectorResult Result, ConversationMember? Member = null);
