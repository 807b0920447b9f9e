using SalesCoachBot.Coaching.Method;


namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>
/// One practice question of the course. <see cref="CaseStem"/> is set only for
/// <see cref="QuestionKind.Scenario"/> items: the case the question is about, shown before the prompt.
/// </summary>
public sealed record Question(
    string Id,
    QuestionKind Kind,
    AnswerSelection Selection,
    int Difficulty,
    CourseReference Reference,
    LocalizedText? CaseStem,
    LocalizedText Prompt,
    IReadOnlyList<QuestionOption> Options,
    IReadOnlyList<string> AnswerKeys,
    LocalizedText Explanation)
{
    public const int MinDifficulty = 1;
    public const int MaxDifficulty = 3;

    public MethodologySection Section => Reference.Section;

    /// <summary>
    /// Short kebab-case tags for the course topics the item tests ("keyboard-meeting",
    /// "trust-types"), so that content checks can count the items per topic. Empty when untagged.
    /// </summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>
    /// True only when the learner picked exactly the correct options: for a multiple-answer item a
    /// partial pick is wrong (the course point is knowing the whole set), and so is any extra pick.
    /// Keys are compared without regard to case because people type "B" as often as "b".
    /// </summary>
    public bool IsCorrect(IEnumerable<string> selectedKeys)
    {
        ArgumentNullException.ThrowIfNull(selectedKeys);

        var selected = new HashSet<string>(
            selectedKeys.Where(key => !string.IsNullOrWhiteSpace(key)).Select(key => key.Trim()),
            StringComparer.OrdinalIgnoreCase);
        return selected.SetEquals(AnswerKeys);
    }
}
