namespace SalesCoachBot.Protocol.Cards;

/// <summary>Text, with the subset of Markdown that Adaptive Cards render.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>Allow the text to wrap (almost always wanted in Teams).</summary>
    public bool? Wrap { get; init; } = true;

    /// <summary><c>small</c>, <c>default</c>, <c>medium</c>, <c>large</c>, <c>extraLarge</c>.</summary>
    public string? Size { get; init; }

    /// <summary><c>lighter</c>, <c>default</c>, <c>bolder</c>.</summary>
    public string? Weight { get; init; }

    /// <summary><c>default</c>, <c>dark</c>, <c>light</c>, <c>accent</c>, <c>good</c>, <c>warning</c>, <c>attention</c>.</summary>
    public string? Color { get; init; }

    /// <summary>Draw the text in a dimmer shade.</summary>
    public bool? IsSubtle { get; init; }

    /// <summary>Limit the number of lines shown.</summary>
    public int? MaxLines { get; init; }

    /// <summary><c>heading</c> for headings (accessibility).</summary>
    public string? Style { get; init; }
}
