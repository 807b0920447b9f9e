using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>Always <c>TableRow</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableRow";

    /// <summary>A container style for the row.</summary>
    public string? Style { get; init; }
}
