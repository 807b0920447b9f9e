using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.Coaching.Tests.Rep.Verification;

/// <summary>
/// Each disqualifying answer of the KP and coach checks, as a worked example: everything else at its best
/// (verified, 90+), then that one answer — the verdict flips to not verified and both the result card and
/// the gap card say why, in each culture.
/// </summary>
public sealed class VerificationFailureModeTests
{
    public static TheoryData<string, string, string> KpFailures => new()
    {
        // 《大客户营销：挑战与策略》如何寻找KP / 判断关键人依据.
        { KeyPersonQuestions.WholeChain, "Familiar", "zh-CN" }, { KeyPersonQuestions.WholeChain, "Familiar", "en-US" },
        { KeyPersonQuestions.WholeChain, "Everyone", "zh-CN" }, { KeyPersonQuestions.WholeChain, "Everyone", "en-US" },
        { KeyPersonQuestions.BasicConditions, "No", "zh-CN" }, { KeyPersonQuestions.BasicConditions, "No", "en-US" },
        { KeyPersonQuestions.Stage, "Earlier", "zh-CN" }, { KeyPersonQuestions.Stage, "Earlier", "en-US" },
        { KeyPersonQuestions.TeamCulture, "Mismatch", "zh-CN" }, { KeyPersonQuestions.TeamCulture, "Mismatch", "en-US" },
        { KeyPersonQuestions.Discreet, "No", "zh-CN" }, { KeyPersonQuestions.Discreet, "No", "en-US" },
        { KeyPersonQuestions.PersonnelChange, "Confirmed", "zh-CN" }, { KeyPersonQuestions.PersonnelChange, "Confirmed", "en-US" },
    };

    public static TheoryData<string, string, string> CoachFailures => new()
    {
        // 《决策链分析》第一单元 教练的“验证”.
        { CoachQuestions.Access, "Little", "zh-CN" }, { CoachQuestions.Access, "Little", "en-US" },
        { CoachQuestions.Exclusive, "Same", "zh-CN" }, { CoachQuestions.Exclusive, "Same", "en-US" },
        { CoachQuestions.TrackRecord, "Mixed", "zh-CN" }, { CoachQuestions.TrackRecord, "Mixed", "en-US" },
        { CoachQuestions.TrackRecord, "Wrong", "zh-CN" }, { CoachQuestions.TrackRecord, "Wrong", "en-US" },
        { CoachQuestions.CrossCheck, "Never", "zh-CN" }, { CoachQuestions.CrossCheck, "Never", "en-US" },
    };

    [Theory]
    [MemberData(nameof(KpFailures))]
    public void KpCheck_OneDisqualifyingAnswer_FlipsToNotVerifiedWithTheReasonOnBothCards(string question, string option, string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var before = DealBuilder.Healthy().Build();
        Assert.True(KpCheck.Score(before).IsVerified);

        var deal = DealBuilder.Healthy().KpAnswer(question, option).Build();
        var result = KpCheck.Score(deal);

        Assert.False(result.IsVerified);
        var reason = CoachingText.Get(VerificationQuestion.ReasonKey(question, option), culture);
        Assert.Contains(Texts(VerificationResultCard.Build("Wang", result, culture)), t => t.Contains(reason, StringComparison.Ordinal));
        Assert.Contains(GapCardTexts(deal, culture), t => t.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CoachFailures))]
    public void CoachCheck_OneDisqualifyingAnswer_FlipsToNotVerifiedWithTheReasonOnBothCards(string question, string option, string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        Assert.True(CoachCheck.Score(DealBuilder.Healthy().Build().Stakeholders.Single(s => s.Name == "Zhao")).IsVerified);

        var deal = DealBuilder.Healthy()
            .Person("Zhao", s => s with { CoachAnswers = [.. DealBuilder.BestCoachAnswers.Where(a => a.QuestionId != question), new VerificationAnswer(question, option)] })
            .Build();
        var result = CoachCheck.Score(deal.Stakeholders.Single(s => s.Name == "Zhao"));

        Assert.False(result.IsVerified);
        var reason = CoachingText.Get(VerificationQuestion.ReasonKey(question, option), culture);
        Assert.Contains(Texts(VerificationResultCard.Build("Zhao", result, culture)), t => t.Contains(reason, StringComparison.Ordinal));
        Assert.Contains(GapCardTexts(deal, culture), t => t.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void KpCheck_GuessedKp_IsAsGraveAsASelfAssertedOne()
    {
        var guessed = DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Source, KeyPersonQuestions.SourceGuess).Build();
        var self = DealBuilder.Healthy().KpAnswer(KeyPersonQuestions.Source, KeyPersonQuestions.SourceSelf).Build();

        var guessedGap = GapRuleCatalog.CreateAnalyzer().Analyze(guessed, DealBuilder.Today)[0];
        var selfGap = GapRuleCatalog.CreateAnalyzer().Analyze(self, DealBuilder.Today)[0];

        Assert.Equal(("KP-GUESSED", GapSeverity.Critical), (guessedGap.RuleId, guessedGap.Severity));
        Assert.Equal(("KP-SELF-ASSERTED", GapSeverity.Critical), (selfGap.RuleId, selfGap.Severity));
        Assert.Equal(KpCheck.Score(self).Confidence, KpCheck.Score(guessed).Confidence);
    }

    private static List<string> GapCardTexts(Coaching.Rep.Deals.Deal deal, CultureInfo culture)
    {
        var health = new DealHealthCalculator(GapRuleCatalog.CreateAnalyzer()).Assess(deal, DealBuilder.Today);
        return Texts(GapCard.Build(deal, health, culture, powerMap: null));
    }

    private static List<string> Texts(AdaptiveCard card)
    {
        var texts = new List<string>();
        Collect(CardSerializer.ToJsonElement(card), texts);
        return texts;
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                {
                    texts.Add(property.Value.GetString()!);
                }

                Collect(property.Value, texts);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, texts);
            }
        }
    }
}
