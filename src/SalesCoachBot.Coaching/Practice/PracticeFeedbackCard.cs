using System.Globalization;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// Right or wrong, the correct answer, the explanation and the passage to reread; "Next" goes on,
/// and after a right answer "Hard" / "Easy" change the rating FSRS got for it.
/// </summary>
internal static class PracticeFeedbackCard
{
    public const string ActionKey = "practiceAction";
    public const string Next = "next";
    public const string Hard = "hard";
    public const string Easy = "easy";
    public const string Stop = "stop";

    public static AdaptiveCard Build(
        Question question, IReadOnlyCollection<string> selected, bool correct, bool isLast, string nextReview, CultureInfo culture)
    {
        var verdict = PracticeText.Get(correct ? "Feedback.Right" : "Feedback.Wrong", culture);
        var facts = new List<Fact>();
        if (!correct)
        {
            facts.Add(new Fact(PracticeText.Get("Feedback.YourAnswer", culture), PracticeFormat.Options(question, selected, culture)));
        }

        facts.Add(new Fact(PracticeText.Get("Feedback.CorrectAnswer", culture), PracticeFormat.Options(question, question.AnswerKeys, culture)));
        facts.Add(new Fact(PracticeText.Get("Feedback.Reread", culture), PracticeFormat.Reread(question, culture)));
        facts.Add(new Fact(PracticeText.Get("Feedback.NextReview", culture), nextReview));
        var actions = new List<CardAction>
        {
            Button(PracticeText.Get(isLast ? "Feedback.Finish" : "Feedback.Next", culture), Next),
        };
        if (correct)
        {
            actions.Add(Button(PracticeText.Get("Feedback.Hard", culture), Hard));
            actions.Add(Button(PracticeText.Get("Feedback.Easy", culture), Easy));
        }

        if (!isLast)
        {
            actions.Add(Button(PracticeText.Get("Feedback.Stop", culture), Stop));
        }

        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(verdict) { Size = "large", Weight = "bolder", Color = correct ? "good" : "attention" },
                new TextBlock(question.Prompt.Get(culture)) { IsSubtle = true },
                new FactSet(facts),
                new TextBlock(PracticeText.Get("Feedback.Explanation", culture)) { Weight = "bolder" },
                new TextBlock(question.Explanation.Get(culture)),
            ],
            Actions = actions,
            Lang = culture.Name,
            FallbackText = verdict,
        };
    }

    private static SubmitAction Button(string title, string action) =>
        new CardActionData().WithInput(ActionKey, action).ToSubmit(title);
}
