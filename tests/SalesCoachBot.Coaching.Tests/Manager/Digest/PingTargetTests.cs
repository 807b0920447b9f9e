using System.Globalization;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Tests.Manager.Digest;

public sealed class PingTargetTests
{
    private static readonly Guid DealId = Guid.Parse("0b6f7c1d-2e3a-4b5c-8d9e-0f1a2b3c4d5e");
    private static readonly Guid PersonId = Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    public static TheoryData<GapFlow> EveryFlow() => [.. Enum.GetValues<GapFlow>()];

    [Theory]
    [MemberData(nameof(EveryFlow))]
    public void For_CriticalGapOfEachFlow_OpensTheSameFlowAsTheGapCardsButton(GapFlow flow)
    {
        var gap = CriticalGap(flow);

        var ping = PingTarget.For(new StallFinding(StallReason.CriticalGapOpen, 3) { Gap = gap }, DealId);

        var button = GapCard.Button(gap, DealId, CultureInfo.GetCultureInfo("zh-CN"));
        var pressed = CardActionData.FromData(button.Data!.Value);
        Assert.Equal(pressed.Command, ping.Command);
        Assert.Equal(pressed.DealId, ping.DealId);
        Assert.Equal(pressed.PersonId, ping.PersonId);
        Assert.Equal(button.Data!.Value.GetRawText(), ping.ToJson().GetRawText());
    }

    [Fact]
    public void For_KpOnlyOnHisOwnWord_OpensTheKpCheckNotThePeopleList()
    {
        var gap = CriticalGap(GapFlow.KpCheck) with { RuleId = "KP-SELF-ASSERTED" };

        var ping = PingTarget.For(new StallFinding(StallReason.CriticalGapOpen, 3) { Gap = gap }, DealId);

        Assert.Equal(RepCommands.Kp, ping.Command);
    }

    [Theory]
    [InlineData(StallReason.StageStuck, RepCommands.Stage)]
    [InlineData(StallReason.ClosePassed, RepCommands.Stage)]
    [InlineData(StallReason.Idle, RepCommands.Prep)]
    public void For_ReasonWithoutAGap_OpensItsFlowOnTheDeal(StallReason reason, string command)
    {
        var ping = PingTarget.For(new StallFinding(reason, 10), DealId);

        Assert.Equal(command, ping.Command);
        Assert.Equal(DealId.ToString("D"), ping.DealId);
        Assert.Null(ping.PersonId);
    }

    private static Gap CriticalGap(GapFlow flow) => new()
    {
        RuleId = "TEST-" + flow,
        Severity = GapSeverity.Critical,
        Flow = flow,
        Source = Course.DecisionChainRoles,
        MessageKey = "Gap.Test.Message",
        NextActionKey = "Gap.Test.NextAction",
        StakeholderId = PersonId,
    };
}
