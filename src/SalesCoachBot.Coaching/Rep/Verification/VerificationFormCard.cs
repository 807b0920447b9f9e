using System.Globalization;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>A verification question set (KP or coach) as radio choices, one input per question id, pre-filled with earlier answers.</summary>
internal static class VerificationFormCard
{
    public static AdaptiveCard Build(string title, VerificationQuestionSet set, IReadOnlyList<VerificationAnswer> earlier, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(earlier);
        var body = new List<CardElement> { RepCardParts.Heading(title) };
        foreach (var question in set.Questions)
        {
            var choices = question.Options.Select(o => new Choice(question.GetOptionText(o.Id, culture), o.Id)).ToList();
            var answered = earlier.LastOrDefault(a => a.QuestionId == question.Id)?.OptionId;
            body.Add(new InputChoiceSet(question.Id, choices)
            {
                Label = question.GetText(culture),
                Style = "expanded",
                IsRequired = true,
                ErrorMessage = RepText.Get("Verify.AnswerAll", culture),
                Value = answered is not null && question.FindOption(answered) is not null ? answered : null,
            });
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = title, Actions = [new SubmitAction(RepText.Get("Form.Save", culture))] };
    }
}
