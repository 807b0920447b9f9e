using System.Globalization;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> sees.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(TurnContext context, PromptRecognition<T> recognized, int attemptCount, CultureInfo culture)
    {
        Context = context;
        Recognized = recognized;
        AttemptCount = attemptCount;
        Culture = culture;
    }

    /// <summary>The turn.</summary>
    public TurnContext Context { get; }

    /// <summary>What the prompt understood.</summary>
    public PromptRecognition<T> Recognized { get; }

    /// <summary>Answers received so far, this one included.</summary>
    public int AttemptCount { get; }

    /// <summary>The user's culture, to pick the retry message's language.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Said instead of the prompt's retry text when the validator refuses the answer.</summary>
    public string? RetryMessage { get; set; }
}
