using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>What a prompt asks, in the user's language (the caller reads its texts from its resources).</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public string? Prompt { get; init; }

    /// <summary>Said when an answer is not accepted; the prompt type's localized default otherwise.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>Help for this question, shown on "help"; the waterfall's or the generic help otherwise.</summary>
    public string? Help { get; init; }

    /// <summary>For <see cref="ChoicePrompt"/>: the options.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>For <see cref="CardFormPrompt"/>: the card with the inputs.</summary>
    public AdaptiveCard? Card { get; init; }
}
