using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>
/// Metadata attached to an activity. One shape covers the kinds Teams sends (<c>mention</c>,
/// <c>clientInfo</c>, schema.org messages…): the named properties are those the bot reads, the
/// rest is kept in <see cref="Extra"/>.
/// </summary>
public sealed record Entity
{
    /// <summary>The entity kind: <c>mention</c>, <c>clientInfo</c>, <c>https://schema.org/Message</c>…</summary>
    public string? Type { get; init; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For a mention: the mention's text in the message, e.g. <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    /// <summary>For clientInfo: the client's locale.</summary>
    public string? Locale { get; init; }

    /// <summary>For clientInfo: the client's country.</summary>
    public string? Country { get; init; }

    /// <summary>For clientInfo: Web, Windows, iOS, Android…</summary>
    public string? Platform { get; init; }

    /// <summary>For clientInfo: the user's IANA time zone, e.g. <c>Asia/Shanghai</c>.</summary>
    public string? Timezone { get; init; }

    /// <summary>Properties this model does not name, kept so that nothing is lost on a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The <c>type</c> of a mention entity.</summary>
    public const string MentionType = "mention";

    /// <summary>The <c>type</c> of a client-info entity.</summary>
    public const string ClientInfoType = "clientInfo";
}
