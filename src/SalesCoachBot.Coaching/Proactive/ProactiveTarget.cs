namespace SalesCoachBot.Coaching.Proactive;

/// <summary>
/// How to open a 1:1 chat with a recipient when no conversation reference is stored for them
/// (e.g. a manager imported from the team file who never wrote to the bot): Teams creates it
/// from the user, the tenant and the service URL.
/// </summary>
public sealed record ProactiveTarget(string ServiceUrl, string TenantId, string UserId)
{
    public string? BotId { get; init; }
}
