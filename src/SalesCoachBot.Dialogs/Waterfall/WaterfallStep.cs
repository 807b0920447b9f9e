namespace SalesCoachBot.Dialogs.Waterfall;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
/// <param name="step">The step's context: the previous step's result, the dialog's values, the ways on.</param>
/// <param name="cancellationToken">Cancels the turn.</param>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
