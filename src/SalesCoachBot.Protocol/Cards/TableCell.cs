using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>A cell of a <see cref="Table"/>.</summary>
public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    /// <summary>Always <c>TableCell</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableCell";

    /// <summary>A container style for the cell.</summary>
    public string? Style { get; init; }
}
