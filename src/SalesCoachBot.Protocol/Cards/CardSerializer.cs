using System.Text.Json;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>Turns card records into the JSON that Teams expects.</summary>
public static class CardSerializer
{
    /// <summary>Teams refuses messages over about 28 KB; cards are kept under this many bytes.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>The card as a JSON element.</summary>
    public static JsonElement ToJsonElement(AdaptiveCard card) =>
        JsonSerializer.SerializeToElement(card, ProtocolJson.Options);

    /// <summary>The card as a JSON string.</summary>
    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, ProtocolJson.Options);

    /// <summary>The card's size in UTF-8 bytes.</summary>
    public static int SizeInBytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, ProtocolJson.Options).Length;

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

    /// <summary>Serializes any value with the wire settings (for card <c>data</c>).</summary>
    public static JsonElement Data<T>(T value) => JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
}
