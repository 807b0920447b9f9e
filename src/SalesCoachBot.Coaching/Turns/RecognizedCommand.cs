using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>A command found in an activity, with the card action that asked for it (its deal, person…) as the dialog's options.</summary>
public sealed record RecognizedCommand(CoachCommand Command, CardActionData? Options);
