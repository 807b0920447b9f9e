namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// What the readiness card's buttons carry beyond the card-action contract (<c>command</c>,
/// <c>action</c>, <c>rep</c> = the learner): the <c>section</c> and <c>value</c> inputs, also on the
/// focused-practice button the hire gets, <c>{"command": "practice", "section": …}</c>.
/// </summary>
internal static class ReadinessActions
{
    public const string SectionKey = "section";
    public const string ValueKey = "value";
    public const string Focus = "focus";
    public const string NewHire = "newhire";
    public const string On = "on";
    public const string Off = "off";
}
