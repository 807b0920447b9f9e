using System.Globalization;
using System.Text.Json;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// Reads a submitted card's inputs. Teams sends every input as a string (numbers, dates, toggles,
/// multi-select lists comma-separated); other clients may send numbers as numbers.
/// </summary>
internal static class FormValues
{
    public static string? Text(JsonElement form, string key)
    {
        if (!form.TryGetProperty(key, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public static decimal? Number(JsonElement form, string key) =>
        Text(form, key) is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static DateOnly? Date(JsonElement form, string key) =>
        Text(form, key) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool Toggle(JsonElement form, string key) => Text(form, key) == "true";

    public static IReadOnlyList<string> List(JsonElement form, string key) =>
        Text(form, key) is { } text ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

    public static TEnum? Enum<TEnum>(JsonElement form, string key)
        where TEnum : struct, Enum =>
        Text(form, key) is { } text && System.Enum.TryParse<TEnum>(text, out var value) && System.Enum.IsDefined(value) ? value : null;

    public static HashSet<TEnum> Enums<TEnum>(JsonElement form, string key)
        where TEnum : struct, Enum =>
        [.. List(form, key).Select(text => System.Enum.TryParse<TEnum>(text, out var value) && System.Enum.IsDefined(value) ? value : (TEnum?)null).OfType<TEnum>()];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
