namespace SalesCoachBot.Protocol.Cards;

/// <summary>A picture by URL (https or a data URI).</summary>
public sealed record Image(string Url) : CardElement
{
    /// <summary>Text for screen readers.</summary>
    public string? AltText { get; init; }

    /// <summary><c>auto</c>, <c>stretch</c>, <c>small</c>, <c>medium</c>, <c>large</c>.</summary>
    public string? Size { get; init; }

    /// <summary>An explicit width such as <c>300px</c>.</summary>
    public string? Width { get; init; }

    /// <summary>An action invoked when the image is selected.</summary>
    public CardAction? SelectAction { get; init; }
}
