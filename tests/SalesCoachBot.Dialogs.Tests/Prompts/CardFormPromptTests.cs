using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Dialogs.Tests.Harness;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

public sealed class CardFormPromptTests
{
    private const string Inputs = """{"customer":"华为","budget":"120"}""";

    /// <summary>What a client sends: the button's data merged with the card's inputs.</summary>
    private static JsonElement Merge(JsonElement buttonData, string inputs)
    {
        var merged = JsonNode.Parse(buttonData.GetRawText())!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(inputs)!.AsObject())
        {
            merged[key] = value?.DeepClone();
        }

        return JsonSerializer.SerializeToElement(merged);
    }

    [Fact]
    public async Task SubmitAsMessageValue_EndsWithTheInputsAndReplacesTheCardWithWhatWasSent()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form);
        await chat.Send("go");
        var (card, cardId) = chat.LastCard();
        var button = card.GetProperty("actions")[0];
        Assert.Equal("Action.Execute", button.GetProperty("type").GetString());
        Assert.Equal("dialogForm", button.GetProperty("verb").GetString());
        Assert.Equal("提交", button.GetProperty("title").GetString());

        await chat.Submit(Merge(button.GetProperty("data"), Inputs), cardId);

        Assert.Equal(["收到：" + Inputs, "备注？"], chat.Texts());
        var (updatedId, updated) = Assert.Single(chat.Connector.Updated);
        Assert.Equal(cardId, updatedId);
        var summary = updated.Attachments![0].Content!.Value;
        Assert.Equal(["客户: 华为", "预算: 120"], Facts(summary));
        Assert.DoesNotContain("Action.", summary.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteInvoke_SameResultAsSubmitAndThePressedCardBecomesWhatWasSent()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form, "en-US");
        await chat.Send("go");
        var (card, cardId) = chat.LastCard();
        var button = card.GetProperty("actions")[0];
        Assert.Equal("Submit", button.GetProperty("title").GetString());

        await chat.Execute(Merge(button.GetProperty("data"), Inputs), cardId);

        Assert.Equal(["收到：" + Inputs, "备注？"], chat.Texts());
        Assert.NotNull(chat.InvokeResponse);
        Assert.Equal(200, chat.InvokeResponse.StatusCode);
        Assert.Equal(InvokeResponse.AdaptiveCardType, chat.InvokeResponse.Type);
        var replacement = chat.InvokeResponse.Value!.Value;
        Assert.Equal(["客户: 华为", "预算: 120"], Facts(replacement));
        Assert.DoesNotContain("Action.", replacement.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(chat.Connector.Updated);
    }

    [Fact]
    public async Task StoredState_KeepsTheCardOnceAsTextAndStillReadsTheEarlierForm()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form);
        await chat.Send("go");
        var (card, cardId) = chat.LastCard();
        var stored = JsonNode.Parse(chat.Store.Json(chat.ConversationKey)!)!;
        var prompt = stored["stack"]![1]!;
        // The card once, as one JSON text; the prompt (not the root) keeps no copy of its options.
        var kept = prompt["state"]!["prompt"]!["card"]!.GetValue<string>();
        Assert.True(JsonElement.DeepEquals(card, JsonDocument.Parse(kept).RootElement));
        Assert.Null(prompt["options"]);

        // A stack written by the earlier build, with the card as an object in the prompt's state.
        prompt["state"]!["prompt"]!["card"] = JsonNode.Parse(kept);
        chat.Store.Put(chat.ConversationKey, stored.ToJsonString(), Dialogs.DialogState.CurrentSchemaVersion);
        await chat.Submit(Merge(card.GetProperty("actions")[0].GetProperty("data"), Inputs), cardId);

        Assert.Equal(["收到：" + Inputs, "备注？"], chat.Texts());
        Assert.Equal(["客户: 华为", "预算: 120"], Facts(Assert.Single(chat.Connector.Updated).Activity.Attachments![0].Content!.Value));
    }

    private static List<string> Facts(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray())
            .Select(f => $"{f.GetProperty("title").GetString()}: {f.GetProperty("value").GetString()}")];

    [Fact]
    public async Task ExecuteInvokeFailingValidation_InvokeAnsweredWithTheCardAndTheReason()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form);
        await chat.Send("go");
        var (card, cardId) = chat.LastCard();

        await chat.Execute(Merge(card.GetProperty("actions")[0].GetProperty("data"), """{"customer":"","budget":"5"}"""), cardId);

        Assert.Equal(InvokeResponse.AdaptiveCardType, chat.InvokeResponse!.Type);
        var body = chat.InvokeResponse.Value!.Value.GetProperty("body");
        Assert.Equal("请填写客户", body[0].GetProperty("text").GetString());
        Assert.Equal("customer", body[2].GetProperty("id").GetString());
        Assert.Empty(chat.Replies);
    }

    [Fact]
    public async Task StaleCardSubmit_UserToldAndCurrentQuestionRepeatedWithoutMovingOn()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form);
        await chat.Send("go");
        var (card, cardId) = chat.LastCard();
        var submit = Merge(card.GetProperty("actions")[0].GetProperty("data"), Inputs);
        await chat.Submit(submit, cardId);

        await chat.Submit(submit, cardId);

        Assert.Equal(["这张卡片已过期——当前的步骤在下面。", "备注？"], chat.Texts());
        Assert.Equal(2, chat.Connector.Updated.Count);
        Assert.Contains("这张卡片已过期", chat.Connector.Updated[1].Activity.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        await chat.Send("下周再约");
        Assert.Equal(DialogTurnStatus.Complete, chat.Result!.Status);
        Assert.Equal("下周再约", chat.Result.Result);
    }

    [Fact]
    public async Task StaleCardInvoke_TheStaleCardBecomesTheRefusalAndTheCurrentStepIsAskedAgain()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form);
        await chat.Send("go");
        var (card, cardId) = chat.LastCard();
        var data = Merge(card.GetProperty("actions")[0].GetProperty("data"), Inputs);
        await chat.Execute(data, cardId);

        await chat.Execute(data, cardId);

        Assert.Equal(InvokeResponse.AdaptiveCardType, chat.InvokeResponse!.Type);
        Assert.Equal("这张卡片已过期——当前的步骤在下面。", chat.InvokeResponse.Value!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(["备注？"], chat.Texts());
    }

    [Fact]
    public async Task CardOfAFinishedConversation_UserToldAndNothingBegun()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form);
        await chat.Send("go");
        var (card, cardId) = chat.LastCard();
        var submit = Merge(card.GetProperty("actions")[0].GetProperty("data"), Inputs);
        await chat.Send("取消");

        await chat.Submit(submit, cardId);

        Assert.Equal(["这张卡片属于之前的步骤，已经失效了。"], chat.Texts());
        Assert.Equal(DialogTurnStatus.Empty, chat.Result!.Status);
    }

    [Fact]
    public async Task TextWhileCardIsOpen_RetryTextAndTheSameCardAgain()
    {
        using var chat = new Chat(TestFlows.AddForm(), TestFlows.Form);
        await chat.Send("go");
        var (first, _) = chat.LastCard();

        await chat.Send("华为");

        Assert.Equal(["请填写卡片，然后点击卡片上的按钮提交。"], chat.Texts());
        Assert.Equal(first.GetRawText(), chat.LastCard().Card.GetRawText());
    }
}
