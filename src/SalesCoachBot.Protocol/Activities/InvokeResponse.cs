using System.Text.Json;

namespace SalesCoachBot.Protocol.Activities;

/// <summary>
/// The HTTP answer to an invoke activity: the response body is <c>{statusCode, type, value}</c>,
/// e.g. a refreshed Adaptive Card for <c>adaptiveCard/action</c>.
/// </summary>
public sealed record InvokeResponse
{
    /// <summary>The status the invoke reports (200 when handled).</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>The kind of value, e.g. <see cref="AdaptiveCardType"/> or <see cref="MessageType"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The value: a card, a message text, an error.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>An invoke response that replaces the card with another one.</summary>
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>An invoke response that shows a short message to the user.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>An invoke response that reports an error.</summary>
    public const string ErrorType = "application/vnd.microsoft.error";
}
