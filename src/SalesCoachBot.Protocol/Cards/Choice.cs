namespace SalesCoachBot.Protocol.Cards;

/// <summary>One option of an <see cref="InputChoiceSet"/>.</summary>
public sealed record Choice(string Title, string Value);
