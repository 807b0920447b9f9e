using System.Globalization;
using System.Resources;
using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

/// <summary>
/// Cards that update in place: a button pressed by <c>Action.Execute</c> is answered by the
/// <c>adaptiveCard/action</c> invoke with the card that replaces it; the chat gets only what is new.
/// The same flows pressed by <c>Action.Submit</c> give the same results as new messages.
/// </summary>
public sealed class InPlaceCardsConversationTests
{
    private static readonly ResourceManager EngineTexts = new("SalesCoachBot.Dialogs.Resources.DialogTexts", typeof(SalesCoachBot.Dialogs.DialogRunner).Assembly);

    private static readonly object Checklist = new
    {
        needsPreset = "Fewer rejected batches", visitPurpose = "Meet the technical evaluators", competitorPreset = "Incumbent mill, cheaper",
        ourDifference = "Cleaner steel, lower scrap", guidancePath = "From scrap cost to total cost", commitmentToAsk = "A trial order date",
    };

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task ChecklistSavedByExecute_ProgressCardReplacesItAndNoChecklistIsSentAgain(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("洛阳轴承", "轴承钢招标");
        await rep.Command("prep");
        var checklist = rep.Chat.LastCard();
        Assert.All(Buttons(checklist), b => Assert.Equal("Action.Execute", b.GetProperty("type").GetString()));

        await rep.Save(Checklist);

        var replacement = rep.Chat.LastInvokeResponse!;
        Assert.Equal(InvokeResponse.AdaptiveCardType, replacement.Type);
        Assert.Contains(rep.Text("Prep.Progress", 6, 6), TeamsChat.CardTexts(replacement.Value!.Value));
        Assert.DoesNotContain("Input.", replacement.Value!.Value.GetRawText(), StringComparison.Ordinal);
        var sentCards = rep.Chat.Replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content!.Value).ToList();
        var gapCard = Assert.Single(sentCards);
        Assert.DoesNotContain("Input.", gapCard.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(TeamsChat.CardTexts(gapCard), t => t.Contains("洛阳轴承", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task PersonSavedByExecute_FormStaysAsItsCopy_ConfirmationAndGapCardInOneMessage(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("洛阳轴承", "轴承钢招标");
        await rep.Command("people");
        await rep.Press(rep.Text("People.Add"));

        await rep.Save(new { name = "王总", decisionChainRoles = "DecisionMaker", support = "Supports" });

        var inPlace = rep.Chat.LastInvokeResponse!;
        Assert.Equal(InvokeResponse.AdaptiveCardType, inPlace.Type);
        Assert.Empty(Buttons(inPlace.Value!.Value));
        Assert.Contains(TeamsChat.CardTexts(inPlace.Value!.Value), t => t.Contains("王总", StringComparison.Ordinal));
        var message = Assert.Single(rep.Chat.Replies, r => r.Type == "message");
        Assert.Equal(rep.Text("People.Saved", "王总"), message.Text);
        var gapCard = Assert.Single(message.Attachments!).Content!.Value;
        Assert.Equal(rep.Text("Gaps.Title", rep.Text("Deal.Pick.Item", "洛阳轴承", "轴承钢招标")), TeamsChat.CardTexts(gapCard).First());
        Assert.Contains(Buttons(gapCard), b => b.GetProperty("title").GetString() == rep.Text("People.Add"));
        Assert.Equal(["typing", "message"], rep.Chat.Replies.Select(r => r.Type));
    }

    [Fact]
    public async Task ReplacedChecklistPressedAgain_RefusedPolitelyInPlaceAndNothingSavedTwice()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "en-US");
        await rep.NewDealAsync("洛阳轴承", "轴承钢招标");
        await rep.Command("prep");
        var save = SaveData(rep.Chat.LastCard(), Checklist);
        await rep.Save(Checklist);

        await rep.Chat.Execute(save, CardActionDataFormVerb);

        var refusal = rep.Chat.LastInvokeResponse!;
        Assert.Equal(InvokeResponse.AdaptiveCardType, refusal.Type);
        Assert.Equal([EngineTexts.GetString("StaleCard", CultureInfo.GetCultureInfo("en-US"))], TeamsChat.CardTexts(refusal.Value!.Value));
        Assert.Empty(Buttons(refusal.Value!.Value));
        Assert.Empty(rep.Chat.Replies);
        Assert.Single((await rep.OnlyDealAsync()).Deal.Visits);
    }

    [Fact]
    public async Task FormOfAnEarlierStepPressedWhileTheNextIsOpen_RefusedAndTheCurrentStepAskedAgain()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "zh-CN");
        await rep.Command("prep");
        var dealForm = rep.Chat.LastCard();
        var save = SaveData(dealForm, new { customer = "华为", name = "数据中心" });
        await rep.Save(new { customer = "华为", name = "数据中心" });
        Assert.Contains(CoachingText.Label(Coaching.Rep.Prep.VisitChecklistItem.NeedsPreset, rep.Culture), rep.Chat.LastCard().GetRawText(), StringComparison.Ordinal);

        await rep.Chat.Execute(save, CardActionDataFormVerb);

        Assert.Equal([EngineTexts.GetString("StaleCardCurrentStep", rep.Culture)], TeamsChat.CardTexts(rep.Chat.LastInvokeResponse!.Value!.Value));
        var again = Assert.Single(rep.Chat.Replies);
        Assert.Contains(CoachingText.Label(Coaching.Rep.Prep.VisitChecklistItem.NeedsPreset, rep.Culture), again.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        await rep.OnlyDealAsync();
    }

    [Fact]
    public async Task ChecklistSavedBySubmit_SameResultsAsNewMessagesAndTheChecklistBecomesWhatWasSaved()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "en-US");
        await rep.NewDealAsync("洛阳轴承", "轴承钢招标");
        await rep.Command("prep");
        var updatesBefore = factory.Connector.Updated.Count;

        await rep.Chat.Submit(SaveData(rep.Chat.LastCard(), Checklist));

        Assert.Null(rep.Chat.LastInvokeResponse);
        var sent = rep.Chat.Replies.SelectMany(r => r.Attachments ?? []).Select(a => a.Content!.Value).ToList();
        // The progress is said above the gap card, in one message: what Execute shows in place.
        var gapMessage = rep.Chat.Replies[^1];
        Assert.StartsWith($"**{rep.Text("Prep.Progress", 6, 6)}**", gapMessage.Text, StringComparison.Ordinal);
        Assert.Contains(rep.Text("Prep.Complete"), rep.TurnTexts());
        Assert.Contains(TeamsChat.CardTexts(sent[^1]), t => t.Contains("洛阳轴承", StringComparison.Ordinal));
        Assert.All(sent, c => Assert.DoesNotContain("Input.", c.GetRawText(), StringComparison.Ordinal));
        var (_, updated) = Assert.Single(factory.Connector.Updated.Skip(updatesBefore));
        var saved = updated.Attachments![0].Content!.Value;
        Assert.Contains(TeamsChat.CardTexts(saved), t => t.EndsWith(": A trial order date", StringComparison.Ordinal));
        Assert.Empty(Buttons(saved));
        Assert.Equal("A trial order date", (await rep.OnlyDealAsync()).Deal.Visits.Single().Plan.CommitmentToAsk);
    }

    [Fact]
    public async Task GapCardRefresh_OwnerGetsTheCardAsTheDealIsNow_SomeoneElseGetsNone()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "en-US");
        await rep.NewDealAsync("洛阳轴承", "轴承钢招标");
        await rep.Command("gaps");
        var gapCard = rep.Chat.LastCard();
        var refresh = gapCard.GetProperty("refresh");
        Assert.Equal([rep.UserId], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!).ToArray());
        var action = refresh.GetProperty("action");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.DoesNotContain(TeamsChat.CardTexts(gapCard), t => t.Contains("Wang", StringComparison.Ordinal));
        await rep.AddPersonAsync(new { name = "Wang", decisionChainRoles = "DecisionMaker" });

        await rep.Chat.Execute(action.GetProperty("data"), action.GetProperty("verb").GetString());

        var current = rep.Chat.LastInvokeResponse!;
        Assert.Equal(InvokeResponse.AdaptiveCardType, current.Type);
        Assert.Contains(TeamsChat.CardTexts(current.Value!.Value), t => t.Contains("Wang", StringComparison.Ordinal));
        Assert.Empty(rep.Chat.Replies);

        var other = new TeamsChat(factory, "en-US", userId: "29:rep-b", userName: "Zhao");
        await other.Execute(action.GetProperty("data"), action.GetProperty("verb").GetString());
        Assert.Equal(InvokeResponse.MessageType, other.LastInvokeResponse!.Type);
        Assert.Empty(other.Replies);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task NewDeal_NextStepsAreAddPeopleAndPrepareTheVisit(string locale)
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, locale);

        await rep.NewDealAsync("华为", "数据中心");

        var created = rep.Chat.LastInvokeResponse!.Value!.Value;
        Assert.Contains(rep.Text("Deal.Created", "华为", "数据中心"), TeamsChat.CardTexts(created));
        Assert.Equal(["people", "prep"], Buttons(created).Select(b => b.GetProperty("verb").GetString()!).ToArray());
        Assert.Equal([rep.Text("Deal.Next.People"), rep.Text("Deal.Next.Prep")], Buttons(created).Select(b => b.GetProperty("title").GetString()!).ToArray());
    }

    private const string CardActionDataFormVerb = Protocol.Cards.CardActionData.FormVerb;

    // What the client sends for the card's Save: the button's data and the inputs.
    private static JsonElement SaveData(JsonElement card, object inputs)
    {
        var data = System.Text.Json.Nodes.JsonNode.Parse(Buttons(card).Last().GetProperty("data").GetRawText())!.AsObject();
        foreach (var (key, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
        {
            data[key] = value?.DeepClone();
        }

        return JsonSerializer.SerializeToElement(data);
    }

    private static List<JsonElement> Buttons(JsonElement element)
    {
        var found = new List<JsonElement>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("type", out var t) && t.GetString()?.StartsWith("Action.", StringComparison.Ordinal) == true && e.TryGetProperty("title", out _))
                {
                    found.Add(e);
                }

                foreach (var p in e.EnumerateObject().Where(p => p.Name is not "refresh" and not "card"))
                {
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(element);
        return found;
    }
}
