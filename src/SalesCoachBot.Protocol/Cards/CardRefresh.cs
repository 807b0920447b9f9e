namespace SalesCoachBot.Protocol.Cards;

/// <summary>The <c>refresh</c> property: the action a client invokes to get the current card.</summary>
public sealed record CardRefresh(ExecuteAction Action)
{
    /// <summary>The users (Teams MRIs) for whom the card refreshes automatically.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}
