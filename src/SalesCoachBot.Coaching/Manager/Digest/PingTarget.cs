using SalesCoachBot.Coaching.Rep;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>
/// Where the manager's ping sends the rep: for an open critical gap, the same flow as the gap card's
/// button (<see cref="RepCommands.Closing"/>); for a stuck stage or a passed close date, the stage
/// check; for a deal gone quiet, visit preparation.
/// </summary>
internal static class PingTarget
{
    public static CardActionData For(StallFinding finding, Guid dealId)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding switch
        {
            { Reason: StallReason.CriticalGapOpen, Gap: { } gap } => RepCommands.Closing(gap, dealId),
            { Reason: StallReason.StageStuck or StallReason.ClosePassed } => RepCommands.Open(RepCommands.Stage, dealId),
            _ => RepCommands.Open(RepCommands.Prep, dealId),
        };
    }
}
