using System.Text.Json.Serialization;

namespace SalesCoachBot.Protocol.Cards;

/// <summary>The <c>refresh</c> property: the action a client invokes to get the current card.</summary>
public sealed record CardRefresh(
    // Typed as ExecuteAction, System.Text.Json would leave out the "type" discriminator (declared on
    // CardAction), and clients ignore a refresh action without it.
    [property: JsonConverter(typeof(ExecuteActionJsonConverter))] ExecuteAction Action)
{
    /// <summary>The users (Teams MRIs) for whom the card refreshes automatically.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}
