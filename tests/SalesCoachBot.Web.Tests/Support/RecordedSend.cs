using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>One call the bot made to the stand-in connector.</summary>
public sealed record RecordedSend(string Operation, string ServiceUrl, string ConversationId, Activity Activity);
