namespace SalesCoachBot.Protocol.Cards;

/// <summary><c>Action.ShowCard</c>: unfolds a nested card.</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
