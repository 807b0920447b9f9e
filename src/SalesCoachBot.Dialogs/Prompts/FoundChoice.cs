namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>The option a <see cref="ChoicePrompt"/> recognized.</summary>
/// <param name="Index">Its position, from 0.</param>
/// <param name="Value">Its value (what the code dispatches on).</param>
/// <param name="Title">Its title (what the user saw).</param>
public sealed record FoundChoice(int Index, string Value, string Title);
