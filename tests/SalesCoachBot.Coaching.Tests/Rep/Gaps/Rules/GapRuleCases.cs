using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.TestSupport.Builders;



namespace SalesCoachBot.Coaching.Tests.Rep.Gaps.Rules;

/// <summary>For every rule: a minimal deal that has the gap, and a near-miss deal that does not.</summary>
internal static class GapRuleCases
{
    public static readonly IReadOnlyDictionary<string, (Func<Deal> Fires, Func<Deal> Silent)> All =
        new Dictionary<string, (Func<Deal>, Func<Deal>)>
        {
            ["DC-NO-DECISION-MAKER"] = (
                () => DealBuilder.Healthy().NoRoles("Wang").Build(),
                () => DealBuilder.Healthy().Build()),
            ["DC-NO-APPROVER"] = (
                () => DealBuilder.Healthy().NoRoles("Li").Build(),
                () => DealBuilder.Healthy().Build()),
            ["DC-NO-EVALUATOR"] = (
                () => DealBuilder.Healthy().NoRoles("Zhao").Build(),
                // Before evaluation and without a scoring panel, a missing evaluator is not yet a gap.
                () => DealBuilder.Healthy().NoRoles("Zhao").With(d => d with { Stage = BuyingJourneyStage.InternalApproval }).Build()),
            ["DC-PROCUREMENT-UNKNOWN"] = (
                () => DealBuilder.Healthy().NoRoles("Chen").With(d => d with { Stage = BuyingJourneyStage.PurchaseDecision }).Build(),
                // Evaluating with the close 61 days away: not near the decision yet.
                () => DealBuilder.Healthy().NoRoles("Chen").With(d => d with { ExpectedCloseOn = DealBuilder.Today.AddDays(61) }).Build()),
            ["DC-DECIDER-OPPOSES"] = (
                () => DealBuilder.Healthy().Support("Wang", SupportLevel.Opposes).Build(),
                () => DealBuilder.Healthy().Support("Sun", SupportLevel.Opposes).Build()),
            ["DC-DECIDER-SUPPORT-UNKNOWN"] = (
                () => DealBuilder.Healthy().Person("Li", s => s with { SupportHistory = [] }).Build(),
                () => DealBuilder.Healthy().Person("Sun", s => s with { SupportHistory = [] }).Build()),
            ["DC-SINGLE-THREADED"] = (
                () => DealBuilder.Healthy().NeverContacted("Li").NeverContacted("Zhao").NeverContacted("Chen").NeverContacted("Sun").Build(),
                () => DealBuilder.Healthy().NeverContacted("Zhao").NeverContacted("Chen").NeverContacted("Sun").Build()),
            ["DC-LOW-LEVEL-ONLY"] = (
                () => DealBuilder.Healthy().NeverContacted("Wang").NeverContacted("Li").Build(),
                () => DealBuilder.Healthy().NeverContacted("Wang").Build()),
            ["DC-DECISION-LAYER-NOT-MET"] = (
                () => DealBuilder.Healthy().NeverContacted("Li").Build(),
                () => DealBuilder.Healthy().NeverContacted("Sun").Build()),
            ["DC-UNCOVERED-PERSON"] = (
                () => DealBuilder.Healthy().NeverContacted("Sun").Build(),
                () => DealBuilder.Healthy().NeverContacted("Li").Build()),
            ["DM-METHOD-UNKNOWN"] = (
                () => DealBuilder.Healthy().With(d => d with { DecisionMethod = DecisionMethod.Unknown }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["DM-SCORED-PANEL-EVALUATORS"] = (
                () => DealBuilder.Healthy().With(d => d with { DecisionMethod = DecisionMethod.ScoredPanel }).NeverContacted("Zhao").Build(),
                () => DealBuilder.Healthy().NeverContacted("Zhao").Build()),
            ["CO-NO-COACH"] = (
                () => DealBuilder.Healthy().Person("Zhao", s => s with { IsCoach = false }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["CO-COACH-UNVERIFIED"] = (
                () => DealBuilder.Healthy().Person("Zhao", s => s with { CoachAnswers = [] }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["KP-NOT-CHOSEN"] = (
                () => DealBuilder.Healthy().With(d => d with { KeyPersonId = null }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["KP-SELF-ASSERTED"] = (
                () => DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Source, KeyPersonQuestions.SourceSelf).Build(),
                () => DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Source, KeyPersonQuestions.SourceGuess).Build()),
            ["KP-UNVERIFIED"] = (
                () => DealBuilder.Healthy().With(d => d with { KeyPersonAnswers = [] }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["PC-PERSONNEL-CHANGE"] = (
                () => DealBuilder.Healthy().Person("Li", s => s with { PersonnelChange = true }).Build(),
                // Someone outside the decision chain, not the KP nor a coach.
                () => DealBuilder.Healthy().Add(DealBuilder.Person("Zhou", SupportLevel.Neutral) with { PersonnelChange = true }).Build()),
            ["SU-NOT-REASSESSED"] = (
                () => DealBuilder.Healthy().Person("Chen", s => s with
                {
                    SupportHistory = [new SupportAssessment { AssessedOn = DealBuilder.Today.AddDays(-31), Level = SupportLevel.Neutral }],
                }).Build(),
                // Exactly 30 days old is still recent; an older entry in the history does not matter.
                () => DealBuilder.Healthy().Person("Chen", s => s with
                {
                    SupportHistory =
                    [
                        new SupportAssessment { AssessedOn = DealBuilder.Today.AddDays(-90), Level = SupportLevel.Opposes },
                        new SupportAssessment { AssessedOn = DealBuilder.Today.AddDays(-30), Level = SupportLevel.Neutral },
                    ],
                }).Build()),
            ["SU-SUPPORTERS-OUTNUMBERED"] = (
                // 2 supporters (Wang, Li) against 3 neutral (Zhao, Chen, Sun); the near miss is 3 against 2.
                () => DealBuilder.Healthy().Support("Zhao", SupportLevel.Neutral).Support("Sun", SupportLevel.Neutral).Build(),
                () => DealBuilder.Healthy().Support("Sun", SupportLevel.Neutral).Build()),
            ["ST-STAGE-UNKNOWN"] = (
                () => DealBuilder.Healthy().With(d => d with { Stage = BuyingJourneyStage.Unknown }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["ST-CORE-WORK-NOT-DONE"] = (
                () => DealBuilder.Healthy().With(d => d with { StagesWithCoreWorkDone = new HashSet<BuyingJourneyStage> { BuyingJourneyStage.InternalApproval } }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["VI-NO-ACTION-COMMITMENT"] = (
                () => DealBuilder.Healthy().With(d => d with { Visits = [.. d.Visits.Select(v => v.Held ? v with { Commitment = null } : v)] }).Build(),
                () => DealBuilder.Healthy().Build()),
            ["VI-PLAN-INCOMPLETE"] = (
                () => DealBuilder.Healthy().With(d => d with { Visits = [.. d.Visits.Select(v => v.Held ? v : v with { Plan = v.Plan with { GuidancePath = " " } })] }).Build(),
                // The same gap in a past visit's plan no longer matters.
                () => DealBuilder.Healthy().With(d => d with { Visits = [.. d.Visits.Select(v => v.Held ? v : v with { Plan = new VisitPlan(), Date = DealBuilder.Today.AddDays(-1) })] }).Build()),
            ["KP-GUESSED"] = (
                () => DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Source, KeyPersonQuestions.SourceGuess).Build(),
                () => DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Source, KeyPersonQuestions.SourceSelf).Build()),
            ["KP-OFF-MAP"] = (
                // Sun, an influencer in the user department, chosen as KP with "basic conditions: yes".
                () => DealBuilder.Healthy().With(d => d with { KeyPersonId = d.Stakeholders.Single(s => s.Name == "Sun").Id }).Build(),
                // Zhao evaluates under a recommendation method: his view reaches the decision.
                () => DealBuilder.Healthy().With(d => d with { KeyPersonId = d.Stakeholders.Single(s => s.Name == "Zhao").Id }).Build()),
            ["KP-OVER-RELIED"] = (
                () => DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Expectations, "No").Build(),
                () => DealBuilder.Healthy().Build()),
            ["DM-METHOD-UNVERIFIED"] = (
                () => DealBuilder.Healthy().With(d => d with { DecisionMethodConfirmed = false }).Build(),
                // An unknown method has DM-METHOD-UNKNOWN instead.
                () => DealBuilder.Healthy().With(d => d with { DecisionMethod = DecisionMethod.Unknown, DecisionMethodConfirmed = false }).Build()),
            ["DM-METHOD-CONTRADICTS-MAP"] = (
                () => DealBuilder.Healthy()
                    .With(d => d with { DecisionMethod = DecisionMethod.TopDecides })
                    .Person("Zhao", s => s with { BuyingRoles = new HashSet<BuyingRole> { BuyingRole.SetsCriteria } })
                    .Add(DealBuilder.Person("Qian", SupportLevel.Neutral, DecisionChainRole.Evaluator) with { BuyingRoles = new HashSet<BuyingRole> { BuyingRole.SetsCriteria } })
                    .Build(),
                // One evaluator setting the criteria does not yet make a panel.
                () => DealBuilder.Healthy()
                    .With(d => d with { DecisionMethod = DecisionMethod.TopDecides })
                    .Person("Zhao", s => s with { BuyingRoles = new HashSet<BuyingRole> { BuyingRole.SetsCriteria } })
                    .Build()),
            ["DC-DEPARTMENT-UNTOUCHED"] = (
                () => DealBuilder.Healthy().NeverContacted("Chen").Build(),
                () => DealBuilder.Healthy().NeverContacted("Chen").With(d => d with { Stage = BuyingJourneyStage.InternalApproval }).Build()),
            ["DC-EASIEST-ONLY"] = (
                () => DealBuilder.Healthy().Stale("Wang").Stale("Li").Stale("Chen").Stale("Sun").Build(),
                () => DealBuilder.Healthy().Stale("Li").Stale("Chen").Stale("Sun").Build()),
            ["DC-PROCUREMENT-AS-DECIDER"] = (
                () => DealBuilder.Healthy().Person("Chen", s => s with { DecisionChainRoles = new HashSet<DecisionChainRole> { DecisionChainRole.DecisionMaker } }).Build(),
                () => DealBuilder.Healthy().Person("Chen", s => s with { BuyingRoles = new HashSet<BuyingRole> { BuyingRole.Purchases } }).Build()),
            ["DC-SABOTEUR-NO-PLAN"] = (
                () => DealBuilder.Healthy().Support("Sun", SupportLevel.Opposes).Build(),
                // A visit planned with him is a plan.
                () => DealBuilder.Healthy().Support("Sun", SupportLevel.Opposes)
                    .With(d => d with { Visits = [.. d.Visits.Select(v => v.Held ? v : v with { StakeholderIds = [.. v.StakeholderIds, d.Stakeholders.Single(s => s.Name == "Sun").Id] })] })
                    .Build()),
            ["DC-DECIDER-CONTACT-STALE"] = (
                () => DealBuilder.Healthy().Stale("Wang").Build(),
                () => DealBuilder.Healthy().Stale("Sun").Build()),
            ["DC-INFLUENCER-EMPTY"] = (
                () => DealBuilder.Healthy().NoRoles("Sun").Build(),
                () => DealBuilder.Healthy().Build()),
            ["DC-ROLE-SUPPORT-UNKNOWN"] = (
                () => DealBuilder.Healthy().Person("Sun", s => s with { SupportHistory = [] }).Build(),
                () => DealBuilder.Healthy().Person("Wang", s => s with { SupportHistory = [] }).Build()),
        };

    public static TheoryData<string> RuleIds => [.. All.Keys];
}
