namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// The <see cref="Protocol.Cards.CardActionData.Action"/> values of the manager's buttons: the
/// digest's (command <c>team</c>, with the deal) and the manager notice's decline (command <c>manager</c>, with the rep).
/// </summary>
internal static class NudgeActions
{
    public const string Ping = "ping";
    public const string Snooze = "snooze";
    public const string Reviewed = "reviewed";
    public const string Decline = "decline";
}
