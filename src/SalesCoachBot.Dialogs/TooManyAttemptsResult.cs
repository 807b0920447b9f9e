namespace SalesCoachBot.Dialogs;

/// <summary>
/// The result a prompt ends with when the user's answers failed recognition or validation
/// <see cref="Attempts"/> times; the parent decides what to do (skip, offer a card, stop).
/// </summary>
/// <param name="PromptId">The prompt that gave up.</param>
/// <param name="Attempts">How many answers it received.</param>
public sealed record TooManyAttemptsResult(string PromptId, int Attempts);
