using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>A card, file or HTML fragment carried by an activity.</summary>
public sealed record Attachment
{
    /// <summary>The content's media type, e.g. <see cref="AdaptiveCardContentType"/>.</summary>
    public string? ContentType { get; init; }

    /// <summary>A link to the content, when it is not inline.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>The inline content (a card object, HTML string, …).</summary>
    public JsonElement? Content { get; init; }

    /// <summary>File name or title.</summary>
    public string? Name { get; init; }

    /// <summary>A thumbnail link.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
