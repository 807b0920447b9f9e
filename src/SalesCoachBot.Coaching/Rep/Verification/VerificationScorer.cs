
namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>
/// Turns verification answers into a confidence. The formula (also in docs/method.md):
/// <code>
/// raw        = 100 × Σ weight(chosen option) / Σ max option weight, over every question of the set
/// confidence = min(round(raw), min CapsConfidenceAt over the chosen options)   (rounding: half away from zero)
/// </code>
/// An unanswered question adds 0 (what we do not know is a risk, 未知就是风险) and becomes a reason; so
/// does each chosen concern option. When a question is answered twice, the last answer counts.
/// </summary>
public static class VerificationScorer
{
    public static VerificationResult Score(VerificationQuestionSet set, IReadOnlyList<VerificationAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(answers);

        var earned = 0;
        var cap = 100;
        var reasons = new List<VerificationReason>();
        foreach (var question in set.Questions)
        {
            var option = ChosenOption(question, answers);
            if (option is null)
            {
                reasons.Add(new VerificationReason(question.Id, null));
                continue;
            }

            earned += option.Weight;
            if (option.CapsConfidenceAt is { } optionCap)
            {
                cap = Math.Min(cap, optionCap);
            }

            if (option.IsConcern)
            {
                reasons.Add(new VerificationReason(question.Id, option.Id, option.CapsConfidenceAt));
            }
        }

        var raw = (int)Math.Round(100m * earned / set.MaxTotalWeight, MidpointRounding.AwayFromZero);

        // The disqualifying answers first: they are why the person is not verified, whatever the sum.
        return new VerificationResult(Math.Min(raw, cap), [.. reasons.OrderBy(r => r.CapsAt is null)]);
    }

    /// <summary>The option chosen for a question, or null when the question has no valid answer.</summary>
    public static VerificationOption? ChosenOption(VerificationQuestion question, IReadOnlyList<VerificationAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        var answer = answers.LastOrDefault(a => a.QuestionId == question.Id);
        return answer is null ? null : question.FindOption(answer.OptionId);
    }
}
