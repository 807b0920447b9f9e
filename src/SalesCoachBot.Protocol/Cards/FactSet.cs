namespace SalesCoachBot.Protocol.Cards;

/// <summary>Title–value pairs shown as a small table.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
