namespace SalesCoachBot.Protocol.Cards;

/// <summary>The <c>msteams</c> property of a card.</summary>
public sealed record TeamsCardOptions
{
    /// <summary><c>Full</c> makes the card use the whole width of the chat (tables need it).</summary>
    public string? Width { get; init; }

    /// <summary>The full-width setting.</summary>
    public static TeamsCardOptions FullWidth { get; } = new() { Width = "Full" };
}
