using System.Globalization;
using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.Coaching.Tests.Rep.Gaps;

public sealed class GapCardTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly DealHealthCalculator Health = new(new GapAnalyzer(GapRuleCatalog.All));

    [Fact]
    public void Build_ManyPeopleAndGaps_FullWidthUnder28KbWithTopFiveGapsEachWithItsCommand()
    {
        var deal = DealBuilder.Healthy().With(d => d with
        {
            KeyPersonAnswers = [],
            Stakeholders = [.. d.Stakeholders, .. Enumerable.Range(0, 40).Select(i => DealBuilder.Person($"候选人{i}", SupportLevel.Opposes, DecisionChainRole.Influencer) with { LastContactOn = null })],
        }).Build();
        var health = Health.Assess(deal, DealBuilder.Today);

        var card = GapCard.Build(deal, health, Chinese, powerMap: null);

        Assert.True(health.Gaps.Count > GapCard.TopGaps);
        Assert.Equal("Full", card.MsTeams?.Width);
        Assert.True(CardSerializer.SizeInBytes(card) < 28 * 1024, $"{CardSerializer.SizeInBytes(card)} bytes");
        var json = JsonDocument.Parse(CardSerializer.ToJson(card)).RootElement;
        var buttons = Buttons(json.GetProperty("body")).ToList();
        Assert.Equal(GapCard.TopGaps, buttons.Count);
        Assert.All(buttons, b => Assert.Equal(deal.Id.ToString("D"), b.GetProperty("data").GetProperty("dealId").GetString()));
        Assert.Equal(health.Gaps.Take(GapCard.TopGaps).Select(g => CoachingText.Label(g.Flow, Chinese)), buttons.Select(b => b.GetProperty("title").GetString()));
        // The one next step, the first gap's flow, as a card action; then the next person.
        var actions = json.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(2, actions.Count);
        var next = actions[0];
        Assert.Equal(buttons[0].GetProperty("data").GetRawText(), next.GetProperty("data").GetRawText());
        Assert.Equal("positive", next.GetProperty("style").GetString());
        Assert.Equal("new", actions[1].GetProperty("data").GetProperty("personId").GetString());
        Assert.False(actions[1].TryGetProperty("style", out _));
        Assert.DoesNotContain("\"Image\"", CardSerializer.ToJson(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PowerMapPublished_ImageOnTop_RoleWithoutHolderShownAsEmpty()
    {
        var deal = DealBuilder.Healthy().With(d => d with { Stakeholders = [.. d.Stakeholders.Where(s => !s.Holds(DecisionChainRole.Approver))] }).Build();

        var card = GapCard.Build(deal, Health.Assess(deal, DealBuilder.Today), Chinese, new Uri("https://bot.example/maps/abc.png"));

        Assert.Equal("https://bot.example/maps/abc.png", Assert.IsType<Image>(card.Body[1]).Url);
        var table = Assert.Single(card.Body.OfType<Table>());
        var approverRow = table.Rows.Single(r => ((TextBlock)r.Cells[0].Items[0]).Text == CoachingText.Label(DecisionChainRole.Approver, Chinese));
        Assert.Equal(RepText.Get("Gaps.Nobody", Chinese), ((TextBlock)approverRow.Cells[1].Items[0]).Text);
    }

    [Theory]
    [InlineData(GapFlow.KpCheck, "kp")]
    [InlineData(GapFlow.CoachCheck, "coach")]
    [InlineData(GapFlow.Stakeholders, "people")]
    [InlineData(GapFlow.SupportReview, "people")]
    [InlineData(GapFlow.PreVisit, "prep")]
    [InlineData(GapFlow.Debrief, "debrief")]
    [InlineData(GapFlow.StageCheck, "stage")]
    [InlineData(GapFlow.DealDetails, "deals")]
    public void CommandFor_EveryGapFlow_HasACommand(GapFlow flow, string command) =>
        Assert.Equal(command, Coaching.Rep.RepCommands.For(flow));

    private static IEnumerable<JsonElement> Buttons(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() is "Action.Submit" or "Action.Execute")
            {
                yield return element;
            }

            foreach (var inner in element.EnumerateObject().SelectMany(p => Buttons(p.Value)))
            {
                yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in element.EnumerateArray().SelectMany(Buttons))
            {
                yield return inner;
            }
        }
    }
}
