using SalesCoachBot.Coaching.Method;


namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>An answer option; <see cref="Stage"/> is the stage it points to, Unknown for "cannot tell".</summary>
public sealed record StageOption(string Id, BuyingJourneyStage Stage);
