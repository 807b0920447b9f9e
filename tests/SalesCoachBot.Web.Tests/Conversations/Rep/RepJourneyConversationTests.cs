using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

public sealed class RepJourneyConversationTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Journey_NewDealChecklistPeopleKpCheck_GapCardShowsGaps_FixingThemRemovesThem(string locale)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Clock());
        var rep = new RepSession(factory, locale);

        // A first command with no deal asks for one, then goes on with the checklist.
        await rep.Command("prep");
        Assert.Equal(rep.Text("Deal.Form.Title"), rep.Chat.LastCardTexts()[0]);
        await rep.Save(new { customer = "华为", name = "数据中心", value = "1000000", closeOn = "2026-09-30", stage = "Exploring", decisionMethod = "RecommendThenApprove" });
        Assert.Contains(rep.Text("Deal.Created", "华为", "数据中心"), rep.Chat.Texts());
        Assert.Contains(CoachingText.Label(VisitChecklistItem.NeedsPreset, rep.Culture), rep.Chat.LastCard().GetRawText(), StringComparison.Ordinal);

        await rep.Save(new { visitDate = "2026-03-12", needsPreset = "扩容", visitPurpose = "确认预算", competitorPreset = "友商", ourDifference = "交付快" });
        var texts = rep.TurnTexts();
        Assert.Contains(rep.Text("Prep.Progress", 4, 6), texts);
        Assert.Contains(texts, t => t.Contains(CoachingText.Label(VisitChecklistItem.GuidancePath, rep.Culture), StringComparison.Ordinal)
            && t.Contains(CoachingText.Label(VisitChecklistItem.CommitmentToAsk, rep.Culture), StringComparison.Ordinal));

        // Resumed later: the form comes back pre-filled, and the deal is not asked again.
        await rep.Command("prep");
        Assert.Contains("交付快", rep.Chat.LastCard().GetRawText(), StringComparison.Ordinal);
        await rep.Save(new { visitDate = "2026-03-12", needsPreset = "扩容", visitPurpose = "确认预算", competitorPreset = "友商", ourDifference = "交付快", guidancePath = "痛点→影响→方案", commitmentToAsk = "安排技术交流" });
        Assert.Contains(rep.Text("Prep.Progress", 6, 6), rep.TurnTexts());

        await rep.AddPersonAsync(new { name = "张总", title = "CIO", department = "DecisionLayer", decisionChainRoles = "DecisionMaker,Approver", buyingRoles = "Decides", support = "Supports", scoreTrust = "4", lastContact = "2026-03-01" });
        Assert.Contains(rep.Text("People.Saved", "张总"), rep.Chat.Texts());
        // The confirmation is said above the next card, in one message rather than a message of its own.
        Assert.Contains(rep.Chat.Replies, r => r.Text == rep.Text("People.Saved", "张总") && r.Attachments is { Count: 1 });
        await rep.AddPersonAsync(new { name = "李工", title = "架构师", department = "Technical", decisionChainRoles = "Evaluator", support = "Neutral", lastContact = "2026-03-05" });
        // The gap card follows each saved person: the chain with him in it, the next person one press away.
        Assert.Equal(rep.Text("Gaps.Title", rep.Text("Deal.Pick.Item", "华为", "数据中心")), rep.Chat.LastCardTexts()[0]);
        Assert.Contains("李工", rep.Chat.LastCardTexts());
        Assert.Contains(rep.Text("People.Add"), rep.Chat.LastCardButtons());

        await rep.Command("kp");
        await rep.Press("张总");
        // Picked on a guess (靠猜): as grave as a KP on his own word, and unverified.
        var guessed = RepSession.Answers(KeyPersonQuestions.Set, strong: false);
        guessed[KeyPersonQuestions.Source] = KeyPersonQuestions.SourceGuess;
        await rep.Save(guessed);
        var deal = (await rep.OnlyDealAsync()).Deal;
        var gaps = rep.GapRuleIds(deal, Today);
        Assert.Contains("KP-GUESSED", gaps);
        Assert.False(KpCheck.Score(deal).IsVerified);
        Assert.Contains("CO-NO-COACH", gaps);
        Assert.Contains(rep.Text("Verify.Result", "张总", KpCheck.Score(deal).Confidence), rep.TurnCardTexts());
        var gapCard = rep.Chat.LastCardTexts();
        Assert.Contains(gapCard, t => t.EndsWith(CoachingText.Format("Gap.CO-NO-COACH.Message", rep.Culture), StringComparison.Ordinal));
        Assert.Contains(rep.Text("Gaps.KpUnverified"), gapCard);

        // Fixing one gap: a verified coach.
        await rep.Command("coach");
        await rep.Press("李工");
        await rep.Save(RepSession.Answers(CoachQuestions.Set, strong: true));
        deal = (await rep.OnlyDealAsync()).Deal;
        gaps = rep.GapRuleIds(deal, Today);
        Assert.DoesNotContain("CO-NO-COACH", gaps);
        Assert.DoesNotContain("CO-COACH-UNVERIFIED", gaps);
        Assert.DoesNotContain(rep.Chat.LastCardTexts(), t => t.EndsWith(CoachingText.Format("Gap.CO-NO-COACH.Message", rep.Culture), StringComparison.Ordinal));
        Assert.Contains(rep.Text("Gaps.CoachVerified"), rep.Chat.LastCardTexts());

        // And the other: the KP verified, from the gap card's own button.
        var kpButton = CoachingText.Label(GapFlow.KpCheck, rep.Culture);
        await rep.Press(kpButton);
        await rep.Press("张总");
        await rep.Save(RepSession.Answers(KeyPersonQuestions.Set, strong: true));
        deal = (await rep.OnlyDealAsync()).Deal;
        Assert.DoesNotContain("KP-UNVERIFIED", rep.GapRuleIds(deal, Today));
        Assert.DoesNotContain("KP-GUESSED", rep.GapRuleIds(deal, Today));
        Assert.Contains(rep.Text("Gaps.KpVerified"), rep.Chat.LastCardTexts());
        Assert.Contains(rep.Text("Verify.Verified"), rep.TurnCardTexts());

        // The gaps command shows the same card on demand.
        await rep.Command("gaps");
        Assert.Equal(rep.Text("Gaps.Title", rep.Text("Deal.Pick.Item", "华为", "数据中心")), rep.Chat.LastCardTexts()[0]);
    }
}
