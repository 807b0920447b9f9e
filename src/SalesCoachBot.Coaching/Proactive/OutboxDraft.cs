using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// A message to put in the outbox. The delivery resolves where to send it when it sends: the
/// recipient's freshest active conversation reference, else a new 1:1 chat from <see cref="Fallback"/>.
/// </summary>
public sealed record OutboxDraft(string Kind, string RecipientUserId, Activity Activity)
{
    public ProactiveTarget? Fallback { get; init; }
}
