using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>The KP verification of a deal: its chosen key person scored against <see cref="KeyPersonQuestions.Set"/>.</summary>
public static class KpCheck
{
    public static VerificationResult Score(Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return VerificationScorer.Score(KeyPersonQuestions.Set, deal.KeyPersonAnswers);
    }

    /// <summary>True when the rep said the KP is the KP mainly on his own word (只有权力不足的人才急于证实自己).</summary>
    public static bool RestsOnOwnWord(Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var question = KeyPersonQuestions.Set.Find(KeyPersonQuestions.Source)!;
        return VerificationScorer.ChosenOption(question, deal.KeyPersonAnswers)?.Id == KeyPersonQuestions.SourceSelf;
    }
}
