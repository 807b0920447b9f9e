using System.Text.Json;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>A command found in an activity, with the button's data (e.g. a deal id) as the dialog's options.</summary>
public sealed record RecognizedCommand(CoachCommand Command, JsonElement? Options);
