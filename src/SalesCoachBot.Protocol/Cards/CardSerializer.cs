using System.Buffers;
using System.Text;
using System.Text.Json;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Buffers;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>
/// Turns card records into the JSON that Teams expects; buttons go out as Universal Actions
/// (<see cref="UniversalActions"/>).
/// </summary>
/// <remarks>
/// A card is written once, into pooled memory, and measured there; only a card over Teams' limit is
/// fitted (<see cref="CardFitter"/>) and written again.
/// </remarks>
public static class CardSerializer
{
    /// <summary>Teams refuses messages over about 28 KB; a message with its card is kept under this many bytes.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>The card as a JSON element, as it is sent (fitted to the size limit, <see cref="CardFitter"/>).</summary>
    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        using var buffer = new PooledBufferWriter();
        WriteFitted(card, buffer);
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>The card as a JSON string, as it is sent (fitted to the size limit).</summary>
    public static string ToJson(AdaptiveCard card)
    {
        using var buffer = new PooledBufferWriter();
        WriteFitted(card, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

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

    /// <summary>Writes the card's JSON as it goes out, buttons as Universal Actions, as it is (not fitted).</summary>
    internal static void Write(AdaptiveCard card, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, ProtocolJson.WriterOptions);
        JsonSerializer.Serialize(writer, UniversalActions.Apply(card), ProtocolJson.Options);
    }

    // The card as it is when it fits; otherwise fitted and written again.
    private static void WriteFitted(AdaptiveCard card, PooledBufferWriter output)
    {
        ArgumentNullException.ThrowIfNull(card);
        Write(card, output);
        if (output.WrittenCount > CardFitter.CardBudgetBytes)
        {
            output.Clear();
            Write(CardFitter.Fit(card), output);
        }
    }

    /// <summary>Serializes any value with the wire settings (for card <c>data</c>).</summary>
    public static JsonElement Data<T>(T value) => JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
}
