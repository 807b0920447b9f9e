using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// The welcome on install: what the bot does, and "what do you mainly want to do?" — prepare visits,
/// lead a team, practise. The answer comes back as the <c>focus</c> command with the role as its
/// choice, and decides whose buttons lead the menu (<see cref="MenuDialog"/>).
/// </summary>
internal static class WelcomeCard
{
    /// <summary>The answers, in the order shown: the role each one stands for, and its text key.</summary>
    public static readonly IReadOnlyList<(UserRole Role, string Key)> Answers =
    [
        (UserRole.Rep, "Welcome.Rep"),
        (UserRole.Manager, "Welcome.Manager"),
        (UserRole.NewHire, "Welcome.Learner"),
    ];

    /// <summary>The welcome; without <paramref name="withIntro"/> only the question (the typed <c>focus</c> command).</summary>
    public static AdaptiveCard Build(CultureInfo culture, bool withIntro = true)
    {
        var question = CoachingText.Get("Welcome.Question", culture);
        var body = new List<CardElement>();
        if (withIntro)
        {
            body.Add(new TextBlock(CoachingText.Get("Welcome.Title", culture)) { Size = "large", Weight = "bolder", Style = "heading" });
            body.Add(new TextBlock(CoachingText.Get("Welcome.Intro", culture)));
        }

        body.Add(new TextBlock(question) { Weight = "bolder" });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [.. Answers.Select(a => new CardActionData { Command = FocusDialog.Command, Choice = a.Role.ToString() }.ToSubmit(CoachingText.Get(a.Key, culture)))],
            Lang = culture.Name,
            FallbackText = question,
        };
    }
}
