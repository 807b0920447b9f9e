namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>
/// Checks an answer the prompt understood (e.g. a date in the future). Return false to ask again;
/// set <see cref="PromptValidatorContext{T}.RetryMessage"/> to say why.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
