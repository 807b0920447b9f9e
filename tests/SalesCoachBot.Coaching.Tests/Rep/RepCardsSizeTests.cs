using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Stage;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Cards;
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

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Cards_FiftyPeopleAtTheLongestNamesTheFormsTake_SentUnderTheLimitWithAndMore(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var deal = MaximalDeal(Link);
        var health = new DealHealthCalculator(new GapAnalyzer(GapRuleCatalog.All)).Assess(deal, DealBuilder.Today);

        var people = CardSerializer.ToJsonElement(PeopleCard.Build(deal, culture));
        var gaps = CardSerializer.ToJsonElement(GapCard.Build(deal, health, culture, powerMap: null));
        var debrief = CardSerializer.ToJsonElement(DebriefFormCard.Build(deal, new Visit { Id = Guid.NewGuid(), Date = DealBuilder.Today }, culture));

        foreach (var card in new[] { people, gaps, debrief })
        {
            Assert.Empty(AdaptiveCardSchema.Problems(card));
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(card.GetRawText()), 1, CardFitter.CardBudgetBytes);
        }

        // Both lists were cut, and say how many rows are not shown.
        var peopleTexts = Texts(people);
        var rows = peopleTexts.Count(t => t.StartsWith(EscapedLink, StringComparison.Ordinal) && char.IsAsciiDigit(t[EscapedLink.Length]));
        Assert.InRange(rows, 1, 49);
        Assert.Equal(CoachingText.Format("Card.AndMore", culture, 50 - rows), peopleTexts[^1]);
        Assert.Contains(Texts(gaps), t => t.StartsWith(CoachingText.Format("Card.AndMore", culture, string.Empty)[..2], StringComparison.Ordinal));
    }

    [Fact]
    public void Cards_CustomerAndPersonNamedAsMarkdownLinks_EscapedInTitlesTablesAndGaps()
    {
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        var deal = DealBuilder.Healthy().With(d => d with { Customer = Link, Stakeholders = [.. d.Stakeholders.Select((p, i) => i == 0 ? p with { Name = Link } : p)] }).Build();
        var health = new DealHealthCalculator(new GapAnalyzer(GapRuleCatalog.All)).Assess(deal, DealBuilder.Today);

        var texts = Texts(CardSerializer.ToJsonElement(GapCard.Build(deal, health, culture, powerMap: null)))
            .Concat(Texts(CardSerializer.ToJsonElement(PeopleCard.Build(deal, culture))))
            .ToList();

        Assert.DoesNotContain(texts, t => t.Contains(Link, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(EscapedLink, StringComparison.Ordinal) && t != EscapedLink);
        Assert.Contains(EscapedLink, texts);
    }

    private const string Link = "[点我](https://evil.example)";
    private const string EscapedLink = @"\[点我\]\(https://evil.example\)";

    private static Deal MaximalDeal(string prefix) => DealBuilder.Healthy().With(d => d with
    {
        Customer = prefix + new string('客', InputLimits.CustomerName - prefix.Length),
        Name = new string('项', InputLimits.DealName),
        Stakeholders = [.. Enumerable.Range(0, InputLimits.PeoplePerDeal).Select(i =>
            DealBuilder.Person(prefix + $"{i:D2}" + new string('名', InputLimits.PersonName - prefix.Length - 2), SupportLevel.Neutral, DecisionChainRole.Influencer, DecisionChainRole.Evaluator)
                with { Title = new string('职', InputLimits.PersonTitle) })],
    }).Build();

    private static List<string> Texts(System.Text.Json.JsonElement element)
    {
        var texts = new List<string>();
        Collect(element, texts);
        return texts;
    }

    private static void Collect(System.Text.Json.JsonElement element, List<string> texts)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "TextBlock")
            {
                texts.Add(element.GetProperty("text").GetString()!);
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name != "actions"))
            {
                Collect(property.Value, texts);
            }
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, texts);
            }
        }
    }
}
