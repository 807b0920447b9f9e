namespace SalesCoachBot.Protocol.Cards;

/// <summary>A grid (Adaptive Cards 1.5).</summary>
public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    /// <summary>Treat the first row as a header.</summary>
    public bool? FirstRowAsHeader { get; init; }

    /// <summary>Draw grid lines.</summary>
    public bool? ShowGridLines { get; init; }

    /// <summary>Set when the rows are a list the card may shorten to fit (<see cref="CardLists.Marked"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CardListOverflow? Overflow { get; init; }
}
