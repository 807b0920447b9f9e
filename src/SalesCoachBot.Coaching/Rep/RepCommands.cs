using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep;

/// <summary>
/// The rep's commands by name, and the one map from a gap to the flow that closes it: the gap card's
/// buttons, the manager's ping and any other card that sends a rep to a gap take it from here.
/// </summary>
internal static class RepCommands
{
    public const string Deals = "deals";
    public const string Prep = "prep";
    public const string People = "people";
    public const string Kp = "kp";
    public const string Coach = "coach";
    public const string Stage = "stage";
    public const string Debrief = "debrief";
    public const string Gaps = "gaps";

    /// <summary>What <see cref="CardActionData.PersonId"/> says when the people flow should add someone new.</summary>
    public const string NewPerson = "new";

    /// <summary>The command whose flow closes a gap of <paramref name="flow"/>.</summary>
    public static string For(GapFlow flow) => flow switch
    {
        GapFlow.Stakeholders or GapFlow.SupportReview => People,
        // The KP check, not the people list: whether the KP is named, verified or only on his own word
        // (KP-SELF-ASSERTED), the gap is closed by verifying him.
        GapFlow.KpCheck => Kp,
        GapFlow.CoachCheck => Coach,
        GapFlow.StageCheck => Stage,
        GapFlow.DealDetails => Deals,
        GapFlow.PreVisit => Prep,
        GapFlow.Debrief => Debrief,
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "No command closes this gap."),
    };

    /// <summary>The card action that opens the flow closing <paramref name="gap"/> on the deal, at the person it is about when the flow works on one.</summary>
    public static CardActionData Closing(Gap gap, Guid dealId)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var aboutOnePerson = gap.Flow is GapFlow.Stakeholders or GapFlow.SupportReview or GapFlow.CoachCheck;
        return Open(For(gap.Flow), dealId, aboutOnePerson ? gap.StakeholderId?.ToString("D") : null);
    }

    /// <summary>The card action that starts the rep command <paramref name="command"/> on a deal (and a person, or <see cref="NewPerson"/>).</summary>
    public static CardActionData Open(string command, Guid dealId, string? personId = null) =>
        new() { Command = command, DealId = dealId.ToString("D"), PersonId = personId };
}
