using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.TestSupport.Connector;

/// <summary>One call the bot made to the stand-in connector.</summary>
public sealed record RecordedSend(string Operation, string ServiceUrl, string ConversationId, Activity Activity);
