using System.Text.Json;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Prompts;

/// <summary>The value a choice button or choice set submitted, if the activity is such a submit.</summary>
internal static class ChoiceValue
{
    public static string? From(Activity activity) =>
        CardFormMarker.SubmittedData(activity) is { } data
        && data.TryGetProperty(CardFormMarker.ChoiceKey, out var choice)
        && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;
}
