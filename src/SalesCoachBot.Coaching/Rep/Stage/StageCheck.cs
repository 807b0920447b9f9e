using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>
/// Answers → likely stage. The formula (also in docs/method.md):
/// <code>
/// votes(stage) = number of answers whose option points to that stage
/// stage        = the stage with most votes; on a tie the EARLIER stage (the customer is assumed less far
///                along than hoped, so the rep does not skip that stage's core work); Unknown with no votes
/// confidence   = round(100 × votes(stage) / number of questions)   (unanswered and "don't know" lower it)
/// </code>
/// </summary>
public static class StageCheck
{
    public static StageCheckResult Judge(IReadOnlyList<VerificationAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var votes = new Dictionary<BuyingJourneyStage, int>();
        foreach (var question in StageQuestions.All)
        {
            var answer = answers.LastOrDefault(a => a.QuestionId == question.Id);
            var option = answer is null ? null : question.FindOption(answer.OptionId);
            if (option is { Stage: not BuyingJourneyStage.Unknown })
            {
                votes[option.Stage] = votes.GetValueOrDefault(option.Stage) + 1;
            }
        }

        if (votes.Count == 0)
        {
            return new StageCheckResult(BuyingJourneyStage.Unknown, 0);
        }

        var best = votes.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).First();
        var confidence = (int)Math.Round(100m * best.Value / StageQuestions.All.Count, MidpointRounding.AwayFromZero);
        return new StageCheckResult(best.Key, confidence);
    }
}
