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

    /// <summary>True when the KP was picked on a guess (KP靠猜，缺乏情报意识): as unfounded as his own word.</summary>
    public static bool IsGuessed(Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var question = KeyPersonQuestions.Set.Find(KeyPersonQuestions.Source)!;
        return VerificationScorer.ChosenOption(question, deal.KeyPersonAnswers)?.Id == KeyPersonQuestions.SourceGuess;
    }

    /// <summary>The option the rep chose for one KP question, or null.</summary>
    public static string? Answer(Deal deal, string questionId)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var question = KeyPersonQuestions.Set.Find(questionId)!;
        return VerificationScorer.ChosenOption(question, deal.KeyPersonAnswers)?.Id;
    }
}
