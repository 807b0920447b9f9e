using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>An Adaptive Card (schema 1.5 by default, the newest Teams renders on every client).</summary>
public sealed record AdaptiveCard
{
    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    /// <summary>The schema link editors use.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The schema version the card needs.</summary>
    public string Version { get; init; } = "1.5";

    /// <summary>The body.</summary>
    public IReadOnlyList<CardElement> Body { get; init; } = [];

    /// <summary>Buttons at the bottom.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>The card's language as a two-letter ISO 639-1 code (<c>zh</c>, <c>en</c>), as the schema asks.</summary>
    public string? Lang { get; init; }

    /// <summary>Teams extensions, e.g. full width.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }

    /// <summary>Universal Actions: how the card refreshes itself for its viewers.</summary>
    public CardRefresh? Refresh { get; init; }
}
