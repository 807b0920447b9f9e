using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>What the bot can do, one row per command with a button that starts it.</summary>
public static class MenuCard
{
    public static AdaptiveCard Build(string title, string intro, IEnumerable<CoachCommand> commands, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
            new TextBlock(intro),
        };
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

        return new AdaptiveCard { Body = body, Lang = culture.TwoLetterISOLanguageName, FallbackText = intro };
    }

    /// <summary>A button that starts <paramref name="command"/>.</summary>
    public static SubmitAction CommandButton(CoachCommand command, string title)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new CardActionData { Command = command.Name }.ToSubmit(title);
    }
}
