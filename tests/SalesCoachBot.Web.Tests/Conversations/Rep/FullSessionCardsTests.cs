using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

/// <summary>The one place that walks every rep flow and counts the cards the harness validated (schema 1.5, under 28 KB).</summary>
public sealed class FullSessionCardsTests
{
    [Fact]
    public async Task FullSession_EveryFlow_EveryCardValidated()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero)));
        var rep = new RepSession(factory, "en-US");

        await rep.NewDealAsync("Contoso", "Data centre");
        await rep.Command("prep");
        await rep.Save(new { needsPreset = "Capacity", visitPurpose = "Budget" });
        await rep.AddPersonAsync(new { name = "Chen", decisionChainRoles = "DecisionMaker", support = "Supports", lastContact = "2026-03-01" });
        await rep.AddPersonAsync(new { name = "Lee", decisionChainRoles = "Evaluator", support = "Neutral" });
        await rep.Command("kp");
        await rep.Press("Chen");
        await rep.Save(RepSession.Answers(KeyPersonQuestions.Set, strong: true));
        await rep.Command("coach");
        await rep.Press("Lee");
        await rep.Save(RepSession.Answers(CoachQuestions.Set, strong: true));
        await rep.Command("stage");
        await rep.Save(new Dictionary<string, string> { ["SC-LANGUAGE"] = "Exploring", ["SC-FOCUS"] = "Exploring" });
        await rep.Press(rep.Text("Stage.Keep"));
        await rep.Command("debrief");
        await rep.Save(new { met = (await rep.OnlyDealAsync()).Deal.Stakeholders[0].Id.ToString("D"), action = "Workshop" });
        await rep.Command("gaps");
        await rep.Send("help");

        // Every card of the session: those sent to the chat and those that replaced a pressed card
        // (a saved form's result comes back in its place instead of as a new message).
        Assert.Equal(32, rep.CardsValidated);
        Assert.Contains(rep.Text("Command.deals.Title"), rep.Chat.LastCardTexts());
    }
}
