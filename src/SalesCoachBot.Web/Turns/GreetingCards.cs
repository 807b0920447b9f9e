using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Web.Resources;

namespace SalesCoachBot.Web.Turns;

/// <summary>The small cards of the default handler, in the user's culture.</summary>
internal static class GreetingCards
{
    /// <summary>The <c>data</c> of the echo card's button; a submit with it asks for the welcome again.</summary>
    public const string GreetAgainAction = "greet";

    private const int MaxEchoedCharacters = 500;

    public static AdaptiveCard Welcome(string? userName, CultureInfo culture)
    {
        var title = string.IsNullOrWhiteSpace(userName)
            ? Text(nameof(WebTexts.GreetingTitleAnonymous), culture)
            : string.Format(culture, Text(nameof(WebTexts.GreetingTitle), culture), userName);
        return new AdaptiveCard
        {
            Lang = culture.Name,
            FallbackText = Text(nameof(WebTexts.GreetingSummary), culture),
            Body =
            [
                new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading" },
                new TextBlock(Text(nameof(WebTexts.GreetingBody), culture)),
            ],
        };
    }

    public static AdaptiveCard Echo(Activity activity, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.TextWithoutBotMention();
        var facts = new List<Fact>();
        if (text.Length > 0 || activity.Value is null)
        {
            facts.Add(new Fact(Text(nameof(WebTexts.EchoTextLabel), culture), text.Length > 0 ? Shorten(text) : Text(nameof(WebTexts.EchoNothing), culture)));
        }

        if (activity.Value is { } value)
        {
            facts.Add(new Fact(Text(nameof(WebTexts.EchoSubmitLabel), culture), Shorten(value.GetRawText())));
        }

        facts.Add(new Fact(Text(nameof(WebTexts.EchoConversationLabel), culture), ConversationKind(activity.Conversation?.ConversationType, culture)));
        facts.Add(new Fact(Text(nameof(WebTexts.EchoLocaleLabel), culture), activity.Locale ?? culture.Name));

        return new AdaptiveCard
        {
            Lang = culture.Name,
            FallbackText = Text(nameof(WebTexts.EchoSummary), culture),
            Body =
            [
                new TextBlock(Text(nameof(WebTexts.EchoTitle), culture)) { Weight = "bolder", Style = "heading" },
                new FactSet(facts),
                new TextBlock(Text(nameof(WebTexts.EchoHint), culture)) { IsSubtle = true, Size = "small" },
            ],
            Actions =
            [
                new SubmitAction(Text(nameof(WebTexts.EchoAgainButton), culture))
                {
                    Data = CardSerializer.Data(new { action = GreetAgainAction }),
                },
            ],
        };
    }

    public static AdaptiveCard ActionReceived(string? verb, JsonElement? data, CultureInfo culture) => new()
    {
        Lang = culture.Name,
        FallbackText = Text(nameof(WebTexts.ActionTitle), culture),
        Body =
        [
            new TextBlock(Text(nameof(WebTexts.ActionTitle), culture)) { Weight = "bolder", Style = "heading" },
            new FactSet(
            [
                new Fact(Text(nameof(WebTexts.ActionVerbLabel), culture), string.IsNullOrEmpty(verb) ? Text(nameof(WebTexts.EchoNothing), culture) : verb),
                new Fact(Text(nameof(WebTexts.ActionDataLabel), culture), data is { } d ? Shorten(d.GetRawText()) : Text(nameof(WebTexts.EchoNothing), culture)),
            ]),
        ],
    };

    public static string Text(string name, CultureInfo culture) =>
        WebTexts.ResourceManager.GetString(name, culture)
        ?? throw new InvalidOperationException($"The resource {name} is missing.");

    private static string ConversationKind(string? conversationType, CultureInfo culture) => conversationType switch
    {
        "groupChat" => Text(nameof(WebTexts.ConversationGroupChat), culture),
        "channel" => Text(nameof(WebTexts.ConversationChannel), culture),
        _ => Text(nameof(WebTexts.ConversationPersonal), culture),
    };

    // Keeps an echo far below Teams' card size limit whatever the user sent.
    private static string Shorten(string value) =>
        value.Length <= MaxEchoedCharacters ? value : string.Concat(value.AsSpan(0, MaxEchoedCharacters), "…");
}
