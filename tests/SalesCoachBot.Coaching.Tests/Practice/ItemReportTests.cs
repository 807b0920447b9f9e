using Moq;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Tests.Practice;

public sealed class ItemReportTests
{
    private static readonly QuestionBank Bank = QuestionBank.LoadEmbedded();
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_FewAnswers_ShareAndDiscriminationLeftBlank()
    {
        var id = Bank.All[0].Id;
        PracticeAnswer[] answers = [.. Enumerable.Range(0, ItemReport.MinAnswers - 1).Select(i => new PracticeAnswer($"29:{i}", id, true, true, Now))];

        var statistics = Report().Compute(answers)[id];

        Assert.Equal((ItemReport.MinAnswers - 1, (double?)null, (double?)null), (statistics.Answers, statistics.ShareRight, statistics.Discrimination));
    }

    [Fact]
    public void Compute_FirstAnswerOnly_LaterAnswersDoNotCount()
    {
        var id = Bank.All[0].Id;
        var answers = Enumerable.Range(0, 5)
            .SelectMany(i => new[] { new PracticeAnswer($"29:{i}", id, false, true, Now), new PracticeAnswer($"29:{i}", id, true, false, Now.AddDays(1)) })
            .ToList();

        var statistics = Report().Compute(answers)[id];

        Assert.Equal((5, 0.0), (statistics.Answers, statistics.ShareRight));
        Assert.Contains($"{id} ", Report().Render(answers), StringComparison.Ordinal);
        Assert.Contains("hard", Report().Render(answers).Split('\n').Single(l => l.TrimStart().StartsWith(id + " ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WeakLearnersRightAsOftenAsStrongOnes_NoSeparationFlagged()
    {
        // Six learners whose scores on two other items differ, all right on the item under study.
        var chain = Bank.BySection(MethodologySection.DecisionChain);
        var answers = new List<PracticeAnswer>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(new PracticeAnswer($"29:{i}", chain[0].Id, true, true, Now));
            answers.Add(new PracticeAnswer($"29:{i}", chain[1].Id, i < 3, true, Now));
            answers.Add(new PracticeAnswer($"29:{i}", chain[2].Id, i < 2, true, Now));
        }

        var statistics = Report().Compute(answers)[chain[0].Id];

        Assert.Equal((6, 0.0), (statistics.RankedLearners, statistics.Discrimination));
        var line = Report().Render(answers).Split('\n').Single(l => l.TrimStart().StartsWith(chain[0].Id + " ", StringComparison.Ordinal));
        Assert.EndsWith("easy,no-sep", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void CueRate_KeyStrictlyLongestInOneOfTwo_IsHalf()
    {
        var cued = Item("x-1", key: "a much longer correct option", distractor: "short");
        var fair = Item("x-2", key: "same size", distractor: "also same");

        Assert.Equal(0.5, ItemReport.CueRate([cued, fair], zh: false));
        Assert.Equal(0.0, ItemReport.CueRate([cued, fair], zh: true));
        Assert.Null(ItemReport.CueRate([], zh: true));
    }

    private static ItemReport Report() => new(Bank, Mock.Of<IPracticeStore>());

    private static Question Item(string id, string key, string distractor) => new(
        id,
        QuestionKind.SingleChoice,
        AnswerSelection.One,
        1,
        new CourseReference("seed", "part", MethodologySection.DecisionChain),
        null,
        new LocalizedText("题目", "Prompt"),
        [new QuestionOption("a", new LocalizedText("选项", key)), new QuestionOption("b", new LocalizedText("选项", distractor))],
        ["a"],
        new LocalizedText("解析", "Explanation"));
}
