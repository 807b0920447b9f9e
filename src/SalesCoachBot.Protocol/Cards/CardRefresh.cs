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

    /// <summary>
    /// A refresh for the card's owner: an <c>Action.Execute</c> with <see cref="CardActionData.RefreshVerb"/>
    /// and <paramref name="data"/> (with <see cref="CardActionData.Action"/> set to the same word), for
    /// the Teams user <paramref name="ownerId"/> (an MRI such as <c>29:…</c>), or null without an owner.
    /// </summary>
    public static CardRefresh? For(CardActionData data, string? ownerId)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (string.IsNullOrEmpty(ownerId))
        {
            return null;
        }

        var action = (data with { Action = CardActionData.RefreshVerb, Verb = CardActionData.RefreshVerb }).ToExecute(CardActionData.RefreshVerb);
        return new CardRefresh(action) { UserIds = [ownerId] };
    }
}
