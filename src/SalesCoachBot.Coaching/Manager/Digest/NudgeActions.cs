namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// The <see cref="Protocol.Cards.CardActionData.Action"/> values of the manager's buttons: the
/// digest's (command <c>team</c>, with the deal) and the link request's accept and decline (command <c>manager</c>, with the rep).
/// </summary>
internal static class NudgeActions
{
    public const string Ping = "ping";
    public const string Snooze = "snooze";
    public const string Reviewed = "reviewed";
    public const string Accept = "accept";
    public const string Decline = "decline";
}
