using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Questions;



namespace SalesCoachBot.Coaching.Tests.Practice.Questions;

public sealed class QuestionTests
{
    [Fact]
    public void IsCorrect_SingleChoiceRightKey_ReturnsTrue() =>
        Assert.True(Make(AnswerSelection.One, "c").IsCorrect(["c"]));

    [Fact]
    public void IsCorrect_SingleChoiceWrongKey_ReturnsFalse() =>
        Assert.False(Make(AnswerSelection.One, "c").IsCorrect(["a"]));

    [Fact]
    public void IsCorrect_UpperCaseAndSpaces_ReturnsTrue() =>
        Assert.True(Make(AnswerSelection.One, "c").IsCorrect([" C "]));

    [Fact]
    public void IsCorrect_MultipleChoiceAllKeysInAnyOrder_ReturnsTrue() =>
        Assert.True(Make(AnswerSelection.Many, "a", "c", "d").IsCorrect(["d", "a", "c"]));

    [Fact]
    public void IsCorrect_MultipleChoicePartialSelection_ReturnsFalse() =>
        Assert.False(Make(AnswerSelection.Many, "a", "c", "d").IsCorrect(["a", "c"]));

    [Fact]
    public void IsCorrect_MultipleChoiceExtraKey_ReturnsFalse() =>
        Assert.False(Make(AnswerSelection.Many, "a", "c").IsCorrect(["a", "b", "c"]));

    [Fact]
    public void IsCorrect_SameKeyTwice_CountsOnce() =>
        Assert.True(Make(AnswerSelection.Many, "a", "c").IsCorrect(["a", "a", "c"]));

    [Fact]
    public void IsCorrect_NothingSelected_ReturnsFalse() =>
        Assert.False(Make(AnswerSelection.One, "b").IsCorrect([]));

    [Fact]
    public void Section_ComesFromReference() =>
        Assert.Equal(MethodologySection.PowerMap, Make(AnswerSelection.One, "b").Section);

    private static Question Make(AnswerSelection selection, params string[] answer)
    {
        var options = "abcd".Select(key => new QuestionOption(key.ToString(), new LocalizedText("选项", "Option"))).ToList();
        return new Question(
            "pm-001",
            selection == AnswerSelection.One ? QuestionKind.SingleChoice : QuestionKind.MultipleChoice,
            selection,
            1,
            new CourseReference("000", "第二部分", MethodologySection.PowerMap),
            null,
            new LocalizedText("问题", "Question"),
            options,
            answer,
            new LocalizedText("解释", "Explanation"));
    }
}
