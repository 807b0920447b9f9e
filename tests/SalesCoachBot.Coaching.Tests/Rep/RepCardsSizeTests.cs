using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Stage;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.Coaching.Tests.Rep;

/// <summary>Teams refuses cards over 28 KB; the cards that grow with a deal's people must stay under it for a large account.</summary>
public sealed class RepCardsSizeTests
{
    private const int TeamsLimit = 28 * 1024;
    private const int LargeAccount = 30;

    public static TheoryData<string> Cultures => ["zh-CN", "en-US"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Cards_LargeAccount_UnderTheTeamsLimit(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var deal = DealBuilder.Healthy().With(d => d with
        {
            Stakeholders = [.. d.Stakeholders, .. Enumerable.Range(0, LargeAccount).Select(i => DealBuilder.Person($"采购部候选联系人{i}", SupportLevel.Neutral, DecisionChainRole.Influencer, DecisionChainRole.Evaluator) with { Title = "高级采购经理" })],
        }).Build();
        var visit = new Visit { Id = Guid.NewGuid(), Date = DealBuilder.Today };

        AdaptiveCard[] cards =
        [
            PeopleCard.Build(deal, culture),
            DebriefFormCard.Build(deal, visit, culture),
            PersonFormCard.Build(deal.Stakeholders[0], culture),
            VerificationFormCard.Build("KP", KeyPersonQuestions.Set, deal.KeyPersonAnswers, culture),
            VerificationFormCard.Build("Coach", CoachQuestions.Set, [], culture),
            StageCheckCard.Build(deal, culture),
            VisitChecklistCard.Build(deal, visit, culture),
            DealFormCard.Build(culture, deal),
        ];

        Assert.All(cards, card => Assert.True(CardSerializer.SizeInBytes(card) < TeamsLimit, $"{card.FallbackText}: {CardSerializer.SizeInBytes(card)} bytes"));
    }
}
