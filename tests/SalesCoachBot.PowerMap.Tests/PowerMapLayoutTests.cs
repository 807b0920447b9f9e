using SalesCoachBot.Coaching.Method;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.PowerMap.Tests;

public sealed class PowerMapLayoutTests
{
    [Fact]
    public void Compute_EveryRoleHeld_FiveBandsTopToBottomFromApproverAndNoNotPlacedBand()
    {
        var layout = PowerMapLayout.Compute(DealBuilder.Healthy().Build());

        Assert.Equal(
            [DecisionChainRole.Approver, DecisionChainRole.DecisionMaker, DecisionChainRole.Evaluator, DecisionChainRole.Influencer, DecisionChainRole.ProcurementExecutor],
            layout.Bands.Select(band => band.Role!.Value));
        Assert.All(layout.Bands.Zip(layout.Bands.Skip(1)), pair => Assert.True(pair.First.Bounds.Bottom < pair.Second.Bounds.Top));
        Assert.True(layout.Bands[^1].Bounds.Bottom < layout.LegendBounds.Top);
        Assert.True(layout.LegendBounds.Bottom < layout.Height);
    }

    [Fact]
    public void Compute_PersonWithSeveralRoles_SitsInHighestBandWithTheOtherRolesNoted()
    {
        var sun = DealBuilder.Person("Sun", SupportLevel.Supports, DecisionChainRole.Influencer, DecisionChainRole.DecisionMaker, DecisionChainRole.ProcurementExecutor);
        var layout = PowerMapLayout.Compute(DealBuilder.Healthy().Add(sun).Build());

        var band = Assert.Single(layout.Bands, b => b.Cards.Any(card => card.Person.Id == sun.Id));
        Assert.Equal(DecisionChainRole.DecisionMaker, band.Role);
        Assert.Equal([DecisionChainRole.Influencer, DecisionChainRole.ProcurementExecutor], layout.CardOf(sun.Id)!.OtherRoles);
    }

    [Fact]
    public void Compute_PersonWithoutRole_GoesToSixthNotPlacedBandAtTheBottom()
    {
        var layout = PowerMapLayout.Compute(DealBuilder.Healthy().NoRoles("Sun").Build());

        Assert.Equal(6, layout.Bands.Count);
        var notPlaced = layout.Bands[^1];
        Assert.Null(notPlaced.Role);
        Assert.Equal("Sun", Assert.Single(notPlaced.Cards).Person.Name);
        Assert.Empty(layout.Bands.Single(b => b.Role == DecisionChainRole.Influencer).Cards);
    }

    [Fact]
    public void Compute_FourteenEvaluators_WrapsInsideTheBandWithoutOverlapAndWithinTheWidth()
    {
        var evaluators = Enumerable.Range(1, 14)
            .Select(i => DealBuilder.Person($"Evaluator {i}", SupportLevel.Neutral, DecisionChainRole.Evaluator))
            .ToList();
        var crowded = DealBuilder.Healthy().With(deal => deal with { Stakeholders = [.. deal.Stakeholders, .. evaluators] }).Build();
        var layout = PowerMapLayout.Compute(crowded);
        var sparse = PowerMapLayout.Compute(DealBuilder.Healthy().Build());

        var band = layout.Bands.Single(b => b.Role == DecisionChainRole.Evaluator);
        Assert.Equal(15, band.Cards.Count);
        Assert.All(band.Cards, card => Assert.True(band.Bounds.Contains(card.Bounds), card.Person.Name));
        Assert.All(layout.Cards, card => Assert.True(card.Bounds.Left >= 0 && card.Bounds.Right <= layout.Width, card.Person.Name));
        var cards = layout.Cards.ToList();
        for (var i = 0; i < cards.Count; i++)
        {
            for (var j = i + 1; j < cards.Count; j++)
            {
                Assert.False(cards[i].Bounds.IntersectsWith(cards[j].Bounds), $"{cards[i].Person.Name} overlaps {cards[j].Person.Name}");
            }
        }

        Assert.Equal(4, band.Cards.Select(card => card.Bounds.Top).Distinct().Count());
        Assert.Equal(sparse.Height + (3 * (PowerMapLayout.CardHeight + PowerMapLayout.CardGap)), layout.Height, tolerance: 1);
    }

    [Fact]
    public void Compute_NobodyInTheDeal_StillShowsTheFiveRoleBandsEmpty()
    {
        var deal = DealBuilder.Healthy().With(d => d with { Stakeholders = [], KeyPersonId = null }).Build();

        var layout = PowerMapLayout.Compute(deal);

        Assert.Equal(5, layout.Bands.Count);
        Assert.All(layout.Bands, band => Assert.Empty(band.Cards));
    }

    [Fact]
    public void CardOf_KeyPerson_IsMarkedAsKeyPersonAndOthersAreNot()
    {
        var deal = DealBuilder.Healthy().Build();

        var layout = PowerMapLayout.Compute(deal);

        Assert.Equal([deal.KeyPersonId!.Value], layout.Cards.Where(card => card.IsKeyPerson).Select(card => card.Person.Id));
    }
}
