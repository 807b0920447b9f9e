namespace SalesCoachBot.Protocol.Cards;

/// <summary>The relative width of one column of a <see cref="Table"/>.</summary>
public sealed record TableColumnDefinition(int Width);
