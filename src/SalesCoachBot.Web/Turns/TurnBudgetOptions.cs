using System.ComponentModel.DataAnnotations;

namespace SalesCoachBot.Web.Turns;

/// <summary>The turn's deadline (configuration section <c>Bot</c>, key <c>TurnBudget</c>).</summary>
internal sealed class TurnBudgetOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// How long a turn may run, every call it makes included (database, connector, pictures). Teams
    /// gives up on a request after 15 s; the budget leaves room to answer before that.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(12);
}
