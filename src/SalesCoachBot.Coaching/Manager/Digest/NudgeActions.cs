namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>The card data of the nudge's buttons: <c>{"command": "team", "action": …, "deal": …}</c>.</summary>
internal static class NudgeActions
{
    public const string ActionKey = "action";
    public const string DealKey = "deal";
    public const string RepKey = "rep";
    public const string Ping = "ping";
    public const string Snooze = "snooze";
    public const string Reviewed = "reviewed";
    public const string Decline = "decline";
}
