using System.Globalization;
using System.Resources;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// Something a user can ask for by name — typed ("准备拜访", "prep"), from the Teams command menu, or
/// from a card button whose <see cref="Protocol.Cards.CardActionData.Command"/> is its name — and the dialog that does it.
/// Its words live in resources (<see cref="Texts"/>, the coaching texts when null):
/// <c>Command.{Name}.Keywords</c> (alternatives separated by |), <c>Command.{Name}.Title</c> and
/// <c>Command.{Name}.Description</c>, in both cultures.
/// </summary>
/// <param name="Name">The command's stable name, e.g. <c>prep</c>.</param>
/// <param name="DialogId">The dialog started when the command is given.</param>
/// <param name="Order">Where it stands in the menu (smaller first).</param>
/// <param name="Texts">The feature's own resources holding the command's words.</param>
public sealed record CoachCommand(string Name, string DialogId, int Order, ResourceManager? Texts = null)
{
    /// <summary>The command's <c>Command.{Name}.{part}</c> text; throws when missing so a gap fails loudly.</summary>
    public string Text(string part, CultureInfo culture)
    {
        var key = $"Command.{Name}.{part}";
        return Texts is null
            ? CoachingText.Get(key, culture)
            : Texts.GetString(key, culture) ?? throw new KeyNotFoundException($"No text for key '{key}'.");
    }
}
