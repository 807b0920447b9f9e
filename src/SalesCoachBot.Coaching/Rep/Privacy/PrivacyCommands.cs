using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>The rep's delete command and the buttons that start it.</summary>
internal static class PrivacyCommands
{
    public const string DeleteCommand = "delete";

    /// <summary>The button data asking to delete the deal, or one person of it.</summary>
    public static CardActionData Delete(Guid dealId, Guid? personId = null) =>
        new() { Command = DeleteCommand, DealId = dealId.ToString("D"), PersonId = personId?.ToString("D") };
}
