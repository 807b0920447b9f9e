using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>
/// Coverage score and traffic light. The formula (also in docs/method.md):
/// <code>
/// roles    = Σ over the five roles of its weight when at least one holder has been contacted AND has a
///            support assessment: DecisionMaker 12, Approver 10, Evaluator 8, ProcurementExecutor 5,
///            Influencer 5                                                           (max 40)
/// kp       = KP chosen ? 5 + 10 × KP confidence / 100 : 0                           (max 15)
/// coach    = any coach ? 5 + 10 × best coach confidence / 100 : 0                   (max 15)
/// support  = decision chain empty ? 0 : 20 × Σ backing / people in the decision chain (max 20)
///            backing = 1 for a supporter, ½ for a supporter with any of the five dimensions scored ≤ 2
///            (support the dimensions do not bear out), 0 otherwise
/// method   = decision method known ? (confirmed ? 10 : 5) : 0                       (max 10)
/// score    = round(roles + kp + coach + support + method)   (rounding: half away from zero)
/// status   = Red   if any Critical gap or score &lt; 40
///            Amber if any High gap or score &lt; 70
///            Green otherwise
/// </code>
/// </summary>
public sealed class DealHealthCalculator(GapAnalyzer analyzer)
{
    public const int RedBelow = 40;
    public const int AmberBelow = 70;

    private static readonly IReadOnlyDictionary<DecisionChainRole, int> RoleWeights = new Dictionary<DecisionChainRole, int>
    {
        [DecisionChainRole.DecisionMaker] = 12,
        [DecisionChainRole.Approver] = 10,
        [DecisionChainRole.Evaluator] = 8,
        [DecisionChainRole.ProcurementExecutor] = 5,
        [DecisionChainRole.Influencer] = 5,
    };

    public DealHealth Assess(Deal deal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var gaps = analyzer.Analyze(deal, today);
        var score = CoverageScore(deal);
        return new DealHealth(StatusFor(score, gaps), score, gaps);
    }

    public static int CoverageScore(Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);

        decimal roles = RoleWeights
            .Where(pair => deal.Holding(pair.Key).Any(s => s.HasBeenContacted && s.CurrentSupport is not null))
            .Sum(pair => pair.Value);

        var kp = deal.KeyPerson is null ? 0m : 5m + (10m * KpCheck.Score(deal).Confidence / 100m);

        var coaches = deal.Coaches.ToList();
        var coach = coaches.Count == 0 ? 0m : 5m + (10m * coaches.Max(c => CoachCheck.Score(c).Confidence) / 100m);

        var chain = deal.DecisionChain.ToList();
        var support = chain.Count == 0 ? 0m : 20m * chain.Sum(Backing) / chain.Count;

        var method = deal.DecisionMethod == DecisionMethod.Unknown ? 0m : deal.DecisionMethodConfirmed ? 10m : 5m;

        return (int)Math.Round(roles + kp + coach + support + method, MidpointRounding.AwayFromZero);
    }

    /// <summary>The weakest dimension score at or below which a supporter's support is only half believed (ours).</summary>
    public const int WeakDimensionAtMost = 2;

    private static decimal Backing(People.Stakeholder person)
    {
        if (!person.IsSupporter)
        {
            return 0m;
        }

        var scores = person.CurrentSupport!.Scores;
        return scores.Count > 0 && scores.Values.Min() <= WeakDimensionAtMost ? 0.5m : 1m;
    }

    public static HealthStatus StatusFor(int score, IReadOnlyList<Gap> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        if (score < RedBelow || gaps.Any(g => g.Severity == GapSeverity.Critical))
        {
            return HealthStatus.Red;
        }

        return score < AmberBelow || gaps.Any(g => g.Severity == GapSeverity.High) ? HealthStatus.Amber : HealthStatus.Green;
    }
}
