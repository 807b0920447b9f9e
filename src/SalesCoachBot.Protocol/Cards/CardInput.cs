namespace SalesCoachBot.Protocol.Cards;

/// <summary>An input; its <see cref="CardElement.Id"/> is the key of its value in the submitted data.</summary>
public abstract record CardInput : CardElement
{
    /// <summary>Creates an input with the given id.</summary>
    protected CardInput(string id) => Id = id;

    /// <summary>The label shown with the input.</summary>
    public string? Label { get; init; }

    /// <summary>The client refuses to submit while a required input is empty.</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Shown when validation fails.</summary>
    public string? ErrorMessage { get; init; }
}
