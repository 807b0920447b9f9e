namespace SalesCoachBot.Protocol.Cards;

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
