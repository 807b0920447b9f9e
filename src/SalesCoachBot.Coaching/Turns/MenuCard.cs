using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// What the bot can do, one row per command with a button that starts it: the user's main commands
/// up front, the others behind a "more" button that opens them in place; or, for words the bot did
/// not understand, just the main buttons (<see cref="BuildShort"/>).
/// </summary>
public static class MenuCard
{
    public static AdaptiveCard Build(string title, string intro, IEnumerable<CoachCommand> commands, CultureInfo culture) =>
        Build(title, intro, commands, [], culture);

    public static AdaptiveCard Build(string title, string intro, IEnumerable<CoachCommand> main, IEnumerable<CoachCommand> more, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(more);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(intro),
        };
        body.AddRange(Rows(main, culture));
        var rest = Rows(more, culture);
        IReadOnlyList<CardAction>? actions = rest.Count == 0
            ? null
            : [new ShowCardAction(CoachingText.Get("Menu.More", culture), new AdaptiveCard { Body = rest })];
        return new AdaptiveCard { Body = body, Actions = actions, Lang = culture.TwoLetterISOLanguageName, FallbackText = intro };
    }

    /// <summary>
    /// The short answer to words the bot did not understand: <paramref name="intro"/>, the user's main
    /// commands as buttons, and one more, <see cref="AllCommands"/>, that opens the whole menu (in place
    /// of this card on an <c>Action.Execute</c> press).
    /// </summary>
    public static AdaptiveCard BuildShort(string title, string intro, IEnumerable<CoachCommand> main, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(main);
        List<CardAction> actions = [.. main.Select(command => CommandButton(command, command.Text("Title", culture)))];
        actions.Add(new CardActionData { Command = AllCommands }.ToSubmit(CoachingText.Get("Menu.All", culture)));
        return new AdaptiveCard
        {
            Body = [new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" }, new TextBlock(intro)],
            Actions = actions,
            Lang = culture.TwoLetterISOLanguageName,
            FallbackText = intro,
        };
    }

    /// <summary>The command of the button that opens the whole menu; not a flow of its own.</summary>
    public const string AllCommands = "help";

    private static List<CardElement> Rows(IEnumerable<CoachCommand> commands, CultureInfo culture)
    {
        var body = new List<CardElement>();
        foreach (var command in commands)
        {
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock(command.Text("Title", culture)) { Weight = "bolder" },
                    new TextBlock(command.Text("Description", culture)) { IsSubtle = true, Spacing = "none" },
                ]) { Width = "stretch", VerticalContentAlignment = "center" },
                new Column(
                [
                    new ActionSet([CommandButton(command, CoachingText.Get("Menu.Open", culture))]),
                ]) { Width = "auto", VerticalContentAlignment = "center" },
            ]) { Separator = true });
        }

        return body;
    }

    /// <summary>A button that starts <paramref name="command"/>.</summary>
    public static SubmitAction CommandButton(CoachCommand command, string title)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new CardActionData { Command = command.Name }.ToSubmit(title);
    }
}
