using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>An Adaptive Card (schema 1.5 by default, the newest Teams renders on every client).</summary>
public sealed record AdaptiveCard
{
    private readonly string? _lang;

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

    /// <summary>
    /// The card's language. A culture name such as <c>zh-CN</c> may be given; it is written as the
    /// two-letter ISO 639-1 code (<c>zh</c>) the schema asks for and the renderers check.
    /// </summary>
    public string? Lang
    {
        get => _lang;
        init => _lang = value is null ? null : LanguageCode(value);
    }

    /// <summary>Teams extensions, e.g. full width.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }

    /// <summary>Universal Actions: how the card refreshes itself for its viewers.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Set when <see cref="Actions"/> are a list the card may shorten to fit (<see cref="CardLists.WithListedActions"/>).</summary>
    [JsonIgnore]
    public CardListOverflow? ActionsOverflow { get; init; }

    private static string LanguageCode(string value)
    {
        var dash = value.IndexOfAny(['-', '_']);
        return (dash > 0 ? value[..dash] : value).ToLowerInvariant();
    }
}
