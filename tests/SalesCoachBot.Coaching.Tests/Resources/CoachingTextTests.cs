using System.Collections;
using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Stage;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Coaching.Tests.Rep.Gaps.Rules;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.Coaching.Tests.Resources;

public sealed class CoachingTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo[] Cultures = [English, Chinese];

    [Fact]
    public void ResourceSets_BothCultures_HaveTheSameKeysAndNoEmptyValue()
    {
        var english = Entries(English);
        var chinese = Entries(Chinese);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(chinese), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void ResourceSets_ChineseValues_AreNotEnglishCopies()
    {
        var english = Entries(English);
        var copies = Entries(Chinese).Where(entry => entry.Value == english[entry.Key]).Select(entry => entry.Key);

        Assert.Empty(copies);
    }

    [Fact]
    public void Label_EveryEnumValue_ExistsInBothCultures()
    {
        Type[] enums =
        [
            typeof(DecisionChainRole), typeof(DecisionMethod), typeof(BuyingJourneyStage), typeof(BuyingRole),
            typeof(Department), typeof(FunctionalType), typeof(ManagementStyle), typeof(HiddenPowerType),
            typeof(RelationshipCircle), typeof(SupportLevel), typeof(SupportDimension), typeof(MethodologySection),
            typeof(VisitChecklistItem), typeof(CommitmentElement), typeof(CommitmentSign), typeof(GapSeverity),
            typeof(GapFlow), typeof(HealthStatus), typeof(StageCue),
        ];

        foreach (var type in enums)
        {
            foreach (var name in Enum.GetNames(type))
            {
                AssertInBothCultures($"Enum.{type.Name}.{name}");
            }
        }
    }

    [Fact]
    public void Label_DecisionChainRole_UsesTheCoursesTerm()
    {
        Assert.Equal("决策支持评估者", CoachingText.Label(DecisionChainRole.Evaluator, Chinese));
        Assert.Equal("Evaluator", CoachingText.Label(DecisionChainRole.Evaluator, English));
    }

    [Fact]
    public void Texts_EveryVerificationQuestionOptionAndReason_ExistInBothCultures()
    {
        foreach (var question in KeyPersonQuestions.Set.Questions.Concat(CoachQuestions.Set.Questions))
        {
            AssertInBothCultures(question.TextKey);
            foreach (var option in question.Options)
            {
                AssertInBothCultures(VerificationQuestion.OptionTextKey(question.Id, option.Id));
                if (option.IsConcern)
                {
                    AssertInBothCultures(VerificationQuestion.ReasonKey(question.Id, option.Id));
                }
            }

            foreach (var culture in Cultures)
            {
                Assert.Contains(question.GetText(culture), new VerificationReason(question.Id, null).GetText(culture), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Texts_EveryStageQuestionAndCoreWork_ExistInBothCultures()
    {
        foreach (var question in StageQuestions.All)
        {
            AssertInBothCultures($"Stage.{question.Id}");
            foreach (var option in question.Options)
            {
                AssertInBothCultures($"Stage.{question.Id}.{option.Id}");
            }
        }

        foreach (var stage in Enum.GetValues<BuyingJourneyStage>())
        {
            AssertInBothCultures(new StageCheckResult(stage, 0).CoreWorkKey);
        }
    }

    [Fact]
    public void Texts_EveryGapTheRulesProduce_HasMessageAndNextActionWithNamesFilledIn()
    {
        var gaps = GapRuleCases.All.Values.SelectMany(c => GapRuleCatalog.CreateAnalyzer().Analyze(c.Fires(), DealBuilder.Today)).SelectMany(g => g.AlsoAbout.Prepend(g)).ToList();
        // The decider-support rule words its message per role, the core-work rule per stage: cover every variant.
        gaps.AddRange(GapRuleCatalog.CreateAnalyzer().Analyze(DealBuilder.Healthy().Person("Wang", s => s with { SupportHistory = [] }).Build(), DealBuilder.Today));
        gaps.AddRange(Enum.GetValues<BuyingJourneyStage>().Where(s => s != BuyingJourneyStage.Unknown).SelectMany(stage =>
            GapRuleCatalog.CreateAnalyzer().Analyze(DealBuilder.Healthy().With(d => d with { Stage = stage, StagesWithCoreWorkDone = new HashSet<BuyingJourneyStage>() }).Build(), DealBuilder.Today)));
        gaps = [.. gaps.SelectMany(g => g.AlsoAbout.Prepend(g))];

        Assert.Equal(GapRuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal), gaps.Select(g => g.RuleId).Distinct().Order(StringComparer.Ordinal));
        foreach (var gap in gaps)
        {
            foreach (var culture in Cultures)
            {
                var message = gap.GetMessage(culture);
                var action = gap.GetNextAction(culture);
                Assert.False(string.IsNullOrWhiteSpace(message));
                Assert.False(string.IsNullOrWhiteSpace(action));
                Assert.DoesNotContain("{", message, StringComparison.Ordinal);
                Assert.DoesNotContain("{", action, StringComparison.Ordinal);
                if (gap.Arguments.Count > 0)
                {
                    Assert.Contains(gap.Arguments[0], message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Texts_EveryGapVariantWhyLineAndCoursePart_ExistInBothCultures()
    {
        string[] variants =
        [
            "Gap.KP-OFF-MAP.Message.NoRole", "Gap.KP-OFF-MAP.Message.Basic", "Gap.KP-OFF-MAP.Message.Outer",
            "Gap.DM-METHOD-CONTRADICTS-MAP.Message.Panel", "Gap.DM-METHOD-CONTRADICTS-MAP.Message.Style",
            "Gap.DC-PROCUREMENT-AS-DECIDER.Message", "Gap.DC-PROCUREMENT-AS-DECIDER.Message.OnlyProcurement", "Gap.DC-DEPARTMENT-UNTOUCHED.Message.Finance", "Gap.SU-NOT-REASSESSED.Message.Never",
            "Gap.Why.AtDecision", "Gap.Why.ApproverAtDecision", "Gap.Why.ScoredPanel", "Gap.Why.Recommend",
            "Gap.Why.NeverReachedDecider", "Gap.Why.MethodLate", "Gap.Why.HiddenPower", "Gap.Why.LateStage",
        ];
        var keys = variants
            .Concat(Enum.GetNames<Department>().Where(d => d != nameof(Department.DecisionLayer)).Select(d => $"Gap.DC-DEPARTMENT-UNTOUCHED.Message.{d}"))
            .Concat(((DecisionChainRole[])[DecisionChainRole.Evaluator, DecisionChainRole.Influencer, DecisionChainRole.ProcurementExecutor]).Select(r => $"Gap.DC-ROLE-SUPPORT-UNKNOWN.Message.{r}"))
            .Concat(Enum.GetNames<CourseModule>().Select(m => $"Enum.CourseModule.{m}"));
        foreach (var key in keys)
        {
            AssertInBothCultures(key);
        }

        foreach (var rule in GapRuleCatalog.All)
        {
            Assert.NotNull(rule.Source.Key);
            foreach (var culture in Cultures)
            {
                var shown = rule.Source.Display(culture);
                Assert.DoesNotContain("seed", shown, StringComparison.OrdinalIgnoreCase);
                Assert.StartsWith(CoachingText.Label(rule.Source.Module, culture), shown, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Get_MissingKey_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => CoachingText.Get("No.Such.Key", Chinese));
    }

    private static void AssertInBothCultures(string key)
    {
        foreach (var culture in Cultures)
        {
            var value = Entries(culture).GetValueOrDefault(key);
            Assert.False(string.IsNullOrWhiteSpace(value), $"'{key}' missing in {culture.Name}");
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        // The neutral resources are en-US; zh-CN must stand on its own, without falling back to English.
        var set = CoachingText.ResourceSetFor(culture.Name == "en-US" ? CultureInfo.InvariantCulture : culture);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty, StringComparer.Ordinal);
    }
}
