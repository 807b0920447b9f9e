namespace SalesCoachBot.Protocol.Cards;

/// <summary>A number box.</summary>
public sealed record InputNumber : CardInput
{
    /// <summary>Creates a number box with the given id.</summary>
    public InputNumber(string id) : base(id) { }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The initial value.</summary>
    public decimal? Value { get; init; }

    /// <summary>The smallest value accepted.</summary>
    public decimal? Min { get; init; }

    /// <summary>The largest value accepted.</summary>
    public decimal? Max { get; init; }
}
