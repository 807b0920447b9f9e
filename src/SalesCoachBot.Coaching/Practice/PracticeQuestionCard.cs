using System.Globalization;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>A question: the case stem for scenarios, the prompt, and its options as radio buttons (one answer) or check boxes (several).</summary>
internal static class PracticeQuestionCard
{
    public const string AnswerInputId = "answer";

    public static AdaptiveCard Build(Question question, int number, int count, bool isReview, CultureInfo culture)
    {
        var tag = PracticeText.Get(isReview ? "Question.Review" : "Question.New", culture);
        var header = PracticeText.Format("Question.Header", culture, number, count, PracticeFormat.Section(question, culture));
        var body = new List<CardElement>
        {
            new TextBlock($"{header} · {tag}") { IsSubtle = true, Size = "small" },
        };
        if (question.CaseStem is { } stem)
        {
            body.Add(new Container(
            [
                new TextBlock(PracticeText.Get("Question.Case", culture)) { Weight = "bolder" },
                new TextBlock(stem.Get(culture)),
            ]) { Style = "emphasis" });
        }

        var many = question.Selection == AnswerSelection.Many;
        body.Add(new TextBlock(question.Prompt.Get(culture)) { Weight = "bolder", Size = "medium" });
        body.Add(new InputChoiceSet(
            AnswerInputId,
            [.. question.Options.Select(o => new Choice($"{o.Key.ToUpperInvariant()}. {o.Text.Get(culture)}", o.Key))])
        {
            Label = PracticeText.Get(many ? "Question.PickMany" : "Question.PickOne", culture),
            Style = "expanded",
            IsMultiSelect = many,
            IsRequired = true,
            ErrorMessage = PracticeText.Get("Question.ChooseFirst", culture),
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new SubmitAction(PracticeText.Get("Question.Submit", culture))],
            Lang = culture.Name,
            FallbackText = question.Prompt.Get(culture),
        };
    }
}
