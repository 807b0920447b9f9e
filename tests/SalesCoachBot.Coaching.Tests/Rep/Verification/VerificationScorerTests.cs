using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.TestSupport.Builders;



namespace SalesCoachBot.Coaching.Tests.Rep.Verification;

public sealed class VerificationScorerTests
{
    [Fact]
    public void Score_KpBestAnswers_Is100WithoutReasons()
    {
        var result = VerificationScorer.Score(KeyPersonQuestions.Set, DealBuilder.BestKpAnswers);

        Assert.Equal(100, result.Confidence);
        Assert.Empty(result.Reasons);
        Assert.True(result.IsVerified);
    }

    [Fact]
    public void Score_KpWorkedExample_Is80WithTwoReasons()
    {
        // Several 3 + Compared 2 + Partly 1 + Now 2 + culture Unknown 0 + Discreet 1 + Expectations 1 + None 2
        // = 12 of 15 → 100 × 12 / 15 = 80. Reasons: the two concern options (Partly, culture Unknown).
        VerificationAnswer[] answers =
        [
            new(KeyPersonQuestions.Source, "Several"),
            new(KeyPersonQuestions.WholeChain, "Compared"),
            new(KeyPersonQuestions.BasicConditions, "Partly"),
            new(KeyPersonQuestions.Stage, "Now"),
            new(KeyPersonQuestions.TeamCulture, "Unknown"),
            new(KeyPersonQuestions.Discreet, "Yes"),
            new(KeyPersonQuestions.Expectations, "Yes"),
            new(KeyPersonQuestions.PersonnelChange, "None"),
        ];

        var result = VerificationScorer.Score(KeyPersonQuestions.Set, answers);

        Assert.Equal(80, result.Confidence);
        Assert.Equal(
            [(KeyPersonQuestions.BasicConditions, "Partly"), (KeyPersonQuestions.TeamCulture, "Unknown")],
            result.Reasons.Select(r => (r.QuestionId, r.OptionId!)));
    }

    [Fact]
    public void Score_KpOnHisOwnWord_IsCappedAt30()
    {
        // Self 0 + every other answer at its best: 2+2+2+2+1+1+2 = 12 of 15 → raw 80, capped at 30.
        var answers = DealBuilder.BestKpAnswers
            .Select(a => a.QuestionId == KeyPersonQuestions.Source ? a with { OptionId = KeyPersonQuestions.SourceSelf } : a)
            .ToList();

        var result = VerificationScorer.Score(KeyPersonQuestions.Set, answers);

        Assert.Equal(30, result.Confidence);
        Assert.False(result.IsVerified);
        Assert.Equal(KeyPersonQuestions.SourceSelf, Assert.Single(result.Reasons).OptionId);
    }

    [Fact]
    public void Score_OnlyOneAnswer_CountsTheRestAsUnknown()
    {
        // Several 3 of 15 → 20; the seven other questions become "not answered" reasons.
        var result = VerificationScorer.Score(KeyPersonQuestions.Set, [new(KeyPersonQuestions.Source, "Several")]);

        Assert.Equal(20, result.Confidence);
        Assert.Equal(7, result.Reasons.Count(r => r.IsUnanswered));
    }

    [Fact]
    public void Score_AnsweredTwice_LastAnswerCounts()
    {
        // First Guess (0, cap 30), then corrected to Several (3): 3 of 15 → 20, no cap left.
        var result = VerificationScorer.Score(KeyPersonQuestions.Set,
            [new(KeyPersonQuestions.Source, KeyPersonQuestions.SourceGuess), new(KeyPersonQuestions.Source, "Several")]);

        Assert.Equal(20, result.Confidence);
    }

    [Fact]
    public void Score_CoachWorkedExample_Is73()
    {
        // Several 3 + NotYet 1 + All 2 + Clear 2 + exclusive Unknown 0 = 8 of 11 → 72.73 → 73.
        VerificationAnswer[] answers =
        [
            new(CoachQuestions.CrossCheck, "Several"),
            new(CoachQuestions.TrackRecord, "NotYet"),
            new(CoachQuestions.Access, "All"),
            new(CoachQuestions.Motive, "Clear"),
            new(CoachQuestions.Exclusive, "Unknown"),
        ];

        Assert.Equal(73, VerificationScorer.Score(CoachQuestions.Set, answers).Confidence);
    }

    [Fact]
    public void Score_CoachNeverCrossChecked_IsCappedAt40()
    {
        // Never 0 + 2 + 2 + 2 + 2 = 8 of 11 → raw 73, capped at 40: a coach's word is checked before we rely on it.
        var answers = DealBuilder.BestCoachAnswers
            .Select(a => a.QuestionId == CoachQuestions.CrossCheck ? a with { OptionId = "Never" } : a)
            .ToList();

        var result = VerificationScorer.Score(CoachQuestions.Set, answers);

        Assert.Equal(40, result.Confidence);
        Assert.False(result.IsVerified);
    }

    [Fact]
    public void Sets_QuestionIds_AreUnique()
    {
        var ids = KeyPersonQuestions.Set.Questions.Concat(CoachQuestions.Set.Questions).Select(q => q.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
