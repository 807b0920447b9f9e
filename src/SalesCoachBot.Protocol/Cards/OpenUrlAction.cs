namespace SalesCoachBot.Protocol.Cards;

/// <summary><c>Action.OpenUrl</c>: opens a link.</summary>
public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);
