using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Tests.Activities;

namespace SalesCoachBot.Protocol.Tests.Cards;

public sealed class CardActionDataTests
{
    private const string InvokeFile = "teamsnet-adaptivecard-action-invoke.json";
    private const string SubmitFile = "botbuilder-js-20191020024307637-request-integrationBot.json";

    private static readonly CardActionData Everything = new()
    {
        Command = "team",
        Action = "ping",
        DealId = "3f2b9c1e-0d4a-4f7e-9a51-2c8d7e6b5a40",
        PersonId = "new",
        RepId = "29:rep-a",
        FormId = "form-1",
        Choice = "yes",
    };

    [Theory]
    [InlineData("botbuilder-js-20191020015221814-request-integrationBot.json", "body", "submitLocation", "messagingExtensionSubmit")]
    [InlineData(SubmitFile, "body", "x", "herocard")]
    [InlineData("chat-replay-actions-reactions-teams.json", "action", "actionId", "info")]
    [InlineData("chat-replay-channel-teams.json", "channel_post_action", "actionId", "channel-post")]
    public void Read_RecordedActionSubmitMessage_ValueIsTheData(string file, string location, string input, string expected)
    {
        var action = CardActionData.Read(RecordedActivities.Activity(file, location));

        Assert.NotNull(action);
        Assert.Equal(expected, action.Input(input));
        Assert.Null(action.Command);
        Assert.Null(action.Verb);
    }

    [Fact]
    public void Read_RecordedActionExecuteInvoke_DataFromValueAction()
    {
        var action = CardActionData.Read(RecordedActivities.Activity(InvokeFile, string.Empty));

        Assert.NotNull(action);
        Assert.Equal("test invokes", action.Input("feedback"));
        Assert.Equal(["feedback"], action.Inputs.Keys);
        Assert.Null(action.Verb);
    }

    [Theory]
    [InlineData("teamsnet-channel-message.json", "")]
    [InlineData("chat-replay-teams.json", "mention")]
    [InlineData("botbuilder-js-20191020021852930-request-integrationBot.json", "body")]
    [InlineData("chat-replay-actions-reactions-teams.json", "reaction")]
    public void Read_RecordedActivityThatIsNoCardAction_Null(string file, string location) =>
        Assert.Null(CardActionData.Read(RecordedActivities.Activity(file, location)));

    [Fact]
    public void Read_RecordedSubmitCarryingAButtonsData_EveryKeyBackWithTheInputs()
    {
        var value = JsonNode.Parse(Everything.ToJson().GetRawText())!.AsObject();
        value["answer"] = "b,c";

        var action = CardActionData.Read(Recorded(SubmitFile, "body", a => a["value"] = value));

        AssertSameKeys(Everything, action);
        Assert.Equal("b,c", action!.Input("answer"));
    }

    [Fact]
    public void Read_RecordedInvokeCarryingAButtonsData_EveryKeyBackWithTheVerb()
    {
        var button = (Everything with { Verb = "dialogForm" }).ToExecute("Send");

        var action = CardActionData.Read(Recorded(InvokeFile, string.Empty, a =>
        {
            a["value"]!["action"]!["verb"] = button.Verb;
            a["value"]!["action"]!["data"] = JsonNode.Parse(button.Data!.Value.GetRawText());
        }));

        AssertSameKeys(Everything, action);
        Assert.Equal("dialogForm", action!.Verb);
        Assert.Empty(action.Inputs);
    }

    [Fact]
    public void Read_InvokeOfAnotherName_Null() =>
        Assert.Null(CardActionData.Read(Recorded(InvokeFile, string.Empty, a => a["name"] = "task/fetch")));

    [Fact]
    public void Read_OlderDigestCardWithDealKey_ReadsAsDealId()
    {
        var action = CardActionData.Read(Recorded(SubmitFile, "body", a => a["value"] = new JsonObject
        {
            ["command"] = "team",
            ["action"] = "snooze",
            ["deal"] = Everything.DealId,
        }));

        Assert.Equal(Everything.DealId, action!.DealId);
        Assert.Empty(action.Inputs);
    }

    [Fact]
    public void Read_SubmitWithTeamsMessageBackWrapper_WrapperIsNoInput()
    {
        var action = CardActionData.Read(Recorded(SubmitFile, "body", a => a["value"] = new JsonObject
        {
            ["command"] = "prep",
            ["msteams"] = new JsonObject { ["type"] = "messageBack", ["displayText"] = "Prepare" },
        }));

        Assert.Equal("prep", action!.Command);
        Assert.Empty(action.Inputs);
    }

    [Fact]
    public void ToJson_EveryProperty_WritesTheContractKeysAndNoVerb()
    {
        var json = (Everything with { Verb = "x" }).WithInput("apply", "yes").ToJson().GetRawText();

        Assert.Equal(
            """{"command":"team","action":"ping","dealId":"3f2b9c1e-0d4a-4f7e-9a51-2c8d7e6b5a40","personId":"new","rep":"29:rep-a","dialogForm":"form-1","dialogChoice":"yes","apply":"yes"}""",
            json);
    }

    [Fact]
    public void ToJson_NothingSet_EmptyObject() =>
        Assert.Equal("{}", new CardActionData().ToJson().GetRawText());

    [Theory]
    [InlineData("command")]
    [InlineData("dealId")]
    [InlineData("deal")]
    [InlineData("dialogForm")]
    [InlineData("msteams")]
    public void WithInput_KeyOfTheContract_Throws(string id) =>
        Assert.Throws<ArgumentException>(() => new CardActionData().WithInput(id, "x"));

    [Fact]
    public void Serialize_AsDialogOptions_IsTheWireObjectAndReadsBack()
    {
        var stored = JsonSerializer.Serialize(Everything.WithInput("answer", "a"));

        Assert.Equal(Everything.WithInput("answer", "a").ToJson().GetRawText(), stored);
        var back = JsonSerializer.Deserialize<CardActionData>(stored);
        AssertSameKeys(Everything, back);
        Assert.Equal("a", back!.Input("answer"));
    }

    [Fact]
    public void FromData_NotAnObject_Empty()
    {
        var action = CardActionData.FromData(JsonSerializer.SerializeToElement("prep"));

        Assert.Null(action.Command);
        Assert.Empty(action.Inputs);
    }

    private static Activity Recorded(string file, string location, Action<JsonObject> change)
    {
        var node = RecordedActivities.Load(file, location);
        change(node);
        return JsonSerializer.Deserialize<Activity>(node.ToJsonString(), ProtocolJson.Options)!;
    }

    private static void AssertSameKeys(CardActionData expected, CardActionData? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(
            (expected.Command, expected.Action, expected.DealId, expected.PersonId, expected.RepId, expected.FormId, expected.Choice),
            (actual.Command, actual.Action, actual.DealId, actual.PersonId, actual.RepId, actual.FormId, actual.Choice));
    }
}
