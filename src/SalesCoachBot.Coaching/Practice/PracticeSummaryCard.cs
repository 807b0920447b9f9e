using System.Globalization;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>The end of a session: right and wrong answers and when the next question is due.</summary>
internal static class PracticeSummaryCard
{
    public static AdaptiveCard Build(int right, int wrong, string nextDue, CultureInfo culture)
    {
        var title = PracticeText.Get("Summary.Title", culture);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = "large", Weight = "bolder", Style = "heading" },
                new FactSet(
                [
                    new Fact(PracticeText.Get("Summary.Right", culture), right.ToString(culture)),
                    new Fact(PracticeText.Get("Summary.Wrong", culture), wrong.ToString(culture)),
                    new Fact(PracticeText.Get("Summary.NextDue", culture), nextDue),
                ]),
                new TextBlock(PracticeText.Get("Summary.Closing", culture)) { IsSubtle = true },
            ],
            Lang = culture.Name,
            FallbackText = title,
        };
    }
}
