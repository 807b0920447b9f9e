namespace SalesCoachBot.Coaching.Turns;

/// <summary>A user whose email and UPN are to be asked of the connector, and where: their 1:1 conversation.</summary>
public sealed record MemberLookupRequest(string ServiceUrl, string ConversationId, string UserId);
