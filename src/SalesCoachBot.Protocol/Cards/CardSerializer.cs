using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// Turns card records into the JSON that Teams expects; buttons go out as Universal Actions
/// (<see cref="UniversalActions"/>).
/// </summary>
public static class CardSerializer
{
    /// <summary>Teams refuses messages over about 28 KB; a message with its card is kept under this many bytes.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>The card as a JSON element, as it is sent (fitted to the size limit, <see cref="CardFitter"/>).</summary>
    public static JsonElement ToJsonElement(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(Wire(CardFitter.Fit(card)), ProtocolJson.Options);

    /// <summary>The card as a JSON string, as it is sent (fitted to the size limit).</summary>
    public static string ToJson(AdaptiveCard card) => Wire(CardFitter.Fit(card)).ToJsonString(ProtocolJson.Options);

    /// <summary>The size in UTF-8 bytes of the card as it is sent (fitted to the size limit).</summary>
    public static int SizeInBytes(AdaptiveCard card) => CardFitter.Size(CardFitter.Fit(card));

    /// <summary>The card as a message attachment.</summary>
    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = ToJsonElement(card),
    };

    /// <summary>The card as an invoke response that replaces the card the user acted on.</summary>
    public static InvokeResponse ToInvokeResponse(AdaptiveCard card) => new()
    {
        StatusCode = 200,
        Type = InvokeResponse.AdaptiveCardType,
        Value = ToJsonElement(card),
    };

    /// <summary>A card already in its JSON form (e.g. a prompt's stored card) as an invoke response that replaces the pressed card.</summary>
    public static InvokeResponse ToInvokeResponse(JsonElement card) => new()
    {
        StatusCode = 200,
        Type = InvokeResponse.AdaptiveCardType,
        Value = card,
    };

    /// <summary>The card's JSON as it goes out: buttons as Universal Actions.</summary>
    internal static JsonNode Wire(AdaptiveCard card) =>
        UniversalActions.Apply(JsonSerializer.SerializeToNode(card, ProtocolJson.Options))!;

    /// <summary>Serializes any value with the wire settings (for card <c>data</c>).</summary>
    public static JsonElement Data<T>(T value) => JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
}
