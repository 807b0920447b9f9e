using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Protocol.Tests.Cards;

public sealed class CardSerializerTests
{
    private static readonly Lazy<Task<JsonSchema>> CardSchema = new(() =>
        JsonSchema.FromFileAsync(SharedFiles.Schema("adaptive-card-1.5.json")));

    [Fact]
    public async Task ToJson_CardWithEveryElement_ValidAgainstSchema15()
    {
        var node = JsonNode.Parse(CardSerializer.ToJson(EveryElementCard()))!.AsObject();
        // "msteams" is Teams' documented extension of the card (full width, mentions), outside the
        // Adaptive Cards schema, which allows no unknown properties on the card.
        Assert.Equal("Full", node["msteams"]!["width"]!.GetValue<string>());
        node.Remove("msteams");

        var errors = (await CardSchema.Value).Validate(node.ToJsonString());

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Validate_CardWithUnknownProperty_Refused()
    {
        // The schema check itself must be able to fail.
        var node = JsonNode.Parse(CardSerializer.ToJson(EveryElementCard()))!.AsObject();
        node.Remove("msteams");
        node["body"]![0]!["colour"] = "red";

        var errors = (await CardSchema.Value).Validate(node.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void ToJson_CardWithEveryElement_TypeFirstInEveryTypedObject()
    {
        var node = JsonNode.Parse(CardSerializer.ToJson(EveryElementCard()))!;
        var typed = new List<string>();
        var misplaced = new List<string>();

        Walk(node, "$", typed, misplaced);

        Assert.Empty(misplaced);
        foreach (var type in new[]
        {
            "AdaptiveCard", "TextBlock", "Image", "FactSet", "Container", "ColumnSet", "Column", "Table", "TableRow", "TableCell",
            "ActionSet", "Input.Text", "Input.Number", "Input.Date", "Input.Toggle", "Input.ChoiceSet",
            "Action.Execute", "Action.OpenUrl", "Action.ShowCard",
        })
        {
            Assert.Contains(type, typed);
        }
    }

    [Fact]
    public void ToJson_SubmitButtons_GoOutAsExecuteWithTheirDataAndAVerb()
    {
        var command = new CardActionData { Command = "prep", DealId = "d-1" };
        var card = new AdaptiveCard
        {
            Body = [new ActionSet([command.ToSubmit("准备拜访")])],
            Actions = [new SubmitAction("取消") { AssociatedInputs = "none" }, new ShowCardAction("更多", new AdaptiveCard { Body = [new ActionSet([new CardActionData { Choice = "a" }.ToSubmit("甲")])] })],
        };

        var json = CardSerializer.ToJsonElement(card);

        var open = json.GetProperty("body")[0].GetProperty("actions")[0];
        Assert.Equal("Action.Execute", open.GetProperty("type").GetString());
        Assert.Equal("prep", open.GetProperty("verb").GetString());
        Assert.Equal(command.ToJson().GetRawText(), open.GetProperty("data").GetRawText());
        var cancel = json.GetProperty("actions")[0];
        Assert.Equal("Action.Execute", cancel.GetProperty("type").GetString());
        Assert.Equal(CardActionData.FormVerb, cancel.GetProperty("verb").GetString());
        Assert.Equal("none", cancel.GetProperty("associatedInputs").GetString());
        var nested = json.GetProperty("actions")[1].GetProperty("card").GetProperty("body")[0].GetProperty("actions")[0];
        Assert.Equal("Action.Execute", nested.GetProperty("type").GetString());
        Assert.DoesNotContain("Action.Submit", json.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "zh")]
    [InlineData("en-US", "en")]
    [InlineData("zh_Hans", "zh")]
    [InlineData("EN", "en")]
    public void ToJsonElement_LangGivenAsCultureName_WrittenAsIsoLanguageCode(string given, string written)
    {
        var card = new AdaptiveCard { Body = [new TextBlock("x")], Lang = given };

        Assert.Equal(written, CardSerializer.ToJsonElement(card).GetProperty("lang").GetString());
    }

    [Fact]
    public void ToJsonElement_RefreshAction_HasItsType()
    {
        // Clients parse refresh.action by its type; without it the card never refreshes.
        var card = CardSerializer.ToJsonElement(EveryElementCard());

        var action = card.GetProperty("refresh").GetProperty("action");

        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("refreshStatus", action.GetProperty("verb").GetString());
    }

    [Fact]
    public void Deserialize_SerializedCard_SameJsonAgain()
    {
        // Tests of card builders read cards back; the records must survive that.
        var json = CardSerializer.ToJson(EveryElementCard());

        var card = JsonSerializer.Deserialize<AdaptiveCard>(json, ProtocolJson.Options)!;

        Assert.Equal(json, CardSerializer.ToJson(card));
    }

    [Fact]
    public void ToAttachment_Card_AdaptiveContentTypeAndSameJson()
    {
        var card = EveryElementCard();

        var attachment = CardSerializer.ToAttachment(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(CardSerializer.ToJson(card), attachment.Content!.Value.GetRawText());
        Assert.Equal(CardSerializer.SizeInBytes(card), System.Text.Encoding.UTF8.GetByteCount(CardSerializer.ToJson(card)));
    }

    [Fact]
    public void ToInvokeResponse_Card_AdaptiveCardTypeWithCardValue()
    {
        var response = CardSerializer.ToInvokeResponse(new AdaptiveCard { Body = [new TextBlock("已保存")] });

        var json = JsonSerializer.SerializeToElement(response, ProtocolJson.Options);

        Assert.Equal(200, json.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", json.GetProperty("type").GetString());
        Assert.Equal("已保存", json.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
    }

    private static AdaptiveCard EveryElementCard()
    {
        var data = CardSerializer.Data(new { flow = "preVisit", step = 2 });
        return new AdaptiveCard
        {
            Lang = "zh-CN",
            FallbackText = "请在 Teams 中查看此卡片",
            MsTeams = TeamsCardOptions.FullWidth,
            Refresh = new CardRefresh(new ExecuteAction("刷新") { Verb = "refreshStatus", Data = data }) { UserIds = ["29:user"] },
            Body =
            [
                new TextBlock("拜访准备") { Size = "large", Weight = "bolder", Style = "heading" },
                new Image("https://example.com/power-map.png") { AltText = "权力地图", Size = "stretch", SelectAction = new OpenUrlAction("打开", "https://example.com/map") },
                new FactSet([new Fact("客户", "华东电网"), new Fact("阶段", "方案")]),
                new Container([new TextBlock("关键人") { IsSubtle = true }]) { Style = "emphasis", Bleed = true, SelectAction = new SubmitAction("选择") { Data = data } },
                new ColumnSet([new Column([new TextBlock("左")]) { Width = "auto" }, new Column([new TextBlock("右")]) { Width = "stretch", VerticalContentAlignment = "center" }]),
                new Table(
                    [new TableColumnDefinition(2), new TableColumnDefinition(1)],
                    [
                        new TableRow([new TableCell([new TextBlock("角色")]), new TableCell([new TextBlock("支持度")])]) { Style = "accent" },
                        new TableRow([new TableCell([new TextBlock("采购经理")]), new TableCell([new TextBlock("中立")]) { Style = "warning" }]),
                    ]) { FirstRowAsHeader = true, ShowGridLines = true },
                new ActionSet([new SubmitAction("下一步") { Data = data, Style = "positive" }]),
                new InputText("goal") { Label = "拜访目标", IsRequired = true, ErrorMessage = "请填写", IsMultiline = true, MaxLength = 500, Placeholder = "…" },
                new InputNumber("budget") { Label = "预算（万元）", Min = 0, Max = 100000, Value = 120.5m },
                new InputDate("visitDate") { Label = "拜访日期", Value = "2026-03-10", Min = "2026-03-02" },
                new InputToggle("confirmed", "已和教练确认") { ValueOn = "yes", ValueOff = "no" },
                new InputChoiceSet("role", [new Choice("决策者", "decider"), new Choice("使用者", "user")]) { Style = "expanded", IsMultiSelect = true, Value = "decider" },
            ],
            Actions =
            [
                new ExecuteAction("保存") { Verb = "save", Data = data, AssociatedInputs = "auto" },
                new SubmitAction("取消") { AssociatedInputs = "none", Style = "destructive" },
                new OpenUrlAction("方法论", "https://example.com/method"),
                new ShowCardAction("更多", new AdaptiveCard { Body = [new TextBlock("更多内容")] }),
            ],
        };
    }

    private static void Walk(JsonNode? node, string path, List<string> typed, List<string> misplaced)
    {
        switch (node)
        {
            case JsonObject obj:
                var names = obj.Select(p => p.Key).ToList();
                var typeIndex = names.IndexOf("type");
                if (typeIndex >= 0)
                {
                    typed.Add(obj["type"]!.GetValue<string>());
                    // The card's $schema may precede its type; nothing else may.
                    var allowedBefore = names.Take(typeIndex).All(n => n == "$schema");
                    if (!allowedBefore)
                    {
                        misplaced.Add($"{path}: {string.Join(",", names)}");
                    }
                }

                foreach (var (name, value) in obj)
                {
                    if (name is not "data")
                    {
                        Walk(value, $"{path}.{name}", typed, misplaced);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", typed, misplaced);
                }

                break;
        }
    }
}
