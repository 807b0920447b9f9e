namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// The card data of the readiness card's buttons, <c>{"command": "readiness", "action": …, "hire": …}</c>,
/// and of the focused-practice button the hire gets, <c>{"command": "practice", "section": …}</c>.
/// </summary>
internal static class ReadinessActions
{
    public const string ActionKey = "action";
    public const string HireKey = "hire";
    public const string SectionKey = "section";
    public const string ValueKey = "value";
    public const string Focus = "focus";
    public const string NewHire = "newhire";
    public const string On = "on";
    public const string Off = "off";
}
