using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    /// <summary>Always <c>Column</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    /// <summary><c>auto</c>, <c>stretch</c>, a weight such as <c>"2"</c>, or pixels such as <c>"50px"</c>.</summary>
    public string? Width { get; init; }

    /// <summary>A container style for the column.</summary>
    public string? Style { get; init; }

    /// <summary><c>top</c>, <c>center</c>, <c>bottom</c>.</summary>
    public string? VerticalContentAlignment { get; init; }
}
