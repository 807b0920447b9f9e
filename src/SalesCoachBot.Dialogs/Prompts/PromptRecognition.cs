namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>What a prompt made of the user's answer.</summary>
/// <param name="Succeeded">Whether the answer was understood.</param>
/// <param name="Value">The understood value.</param>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value);
