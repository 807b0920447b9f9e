
namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>Every gap rule, once. The rules are stateless, so one instance each serves everyone.</summary>
public static class GapRuleCatalog
{
    public static IReadOnlyList<IGapRule> All { get; } =
    [
        new NoDecisionMakerRule(),
        new NoApproverRule(),
        new NoEvaluatorRule(),
        new ProcurementExecutorUnknownRule(),
        new OpponentInDecidingRoleRule(),
        new DeciderSupportUnknownRule(),
        new SingleThreadedRule(),
        new LowLevelOnlyRule(),
        new DecisionLayerNotMetRule(),
        new UncoveredPersonRule(),
        new DecisionMethodUnknownRule(),
        new ScoredPanelEvaluatorsRule(),
        new NoCoachRule(),
        new CoachUnverifiedRule(),
        new KpNotChosenRule(),
        new KpSelfAssertedRule(),
        new KpUnverifiedRule(),
        new PersonnelChangeRule(),
        new SupportNotReassessedRule(),
        new SupportersOutnumberedRule(),
        new StageUnknownRule(),
        new StageCoreWorkRule(),
        new NoActionCommitmentRule(),
        new VisitPlanIncompleteRule(),
        new KpGuessedRule(),
        new KpOffMapRule(),
        new KpOverReliedRule(),
        new DecisionMethodUnverifiedRule(),
        new DecisionMethodContradictsMapRule(),
        new DepartmentUntouchedRule(),
        new EasiestPersonOnlyRule(),
        new ProcurementAsDeciderRule(),
        new SaboteurNoPlanRule(),
        new DeciderContactStaleRule(),
        new InfluencerEmptyRule(),
        new RoleSupportUnknownRule(),
    ];

    /// <summary>An analyzer over every rule, for callers without DI (tests, the content report command).</summary>
    public static GapAnalyzer CreateAnalyzer() => new(All);
}
