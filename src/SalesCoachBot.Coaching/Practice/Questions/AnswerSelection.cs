namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>
/// How many options the learner picks. Kept apart from <see cref="QuestionKind"/> because a
/// scenario can be either; the card uses it to choose radio buttons or check boxes.
/// </summary>
public enum AnswerSelection
{
    One,
    Many,
}
