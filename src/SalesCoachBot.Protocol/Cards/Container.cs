namespace SalesCoachBot.Protocol.Cards;

/// <summary>A group of elements with an optional style.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary><c>default</c>, <c>emphasis</c>, <c>good</c>, <c>attention</c>, <c>warning</c>, <c>accent</c>.</summary>
    public string? Style { get; init; }

    /// <summary>Extend the style's background to the card's edges.</summary>
    public bool? Bleed { get; init; }

    /// <summary>An action invoked when the container is selected.</summary>
    public CardAction? SelectAction { get; init; }

    /// <summary>Set when the items are a list the card may shorten to fit (<see cref="CardLists.Rows"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CardListOverflow? Overflow { get; init; }
}
