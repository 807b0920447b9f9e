using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

public sealed class RestartConversationTests
{
    [Fact]
    public async Task Checklist_BegunOnOneHost_SavedThroughANewHostOnTheSameDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"salescoach-rep-restart-{Guid.NewGuid():N}.db");
        try
        {
            JsonObject saveButton;
            await using (var first = new BotWebApplicationFactory(databasePath: path))
            {
                var rep = new RepSession(first, "zh-CN");
                await rep.NewDealAsync("华为", "数据中心");
                await rep.Command("prep");
                saveButton = JsonNode.Parse(SaveData(rep.Chat.LastCard(), rep.Text("Form.Save")))!.AsObject();
            }

            await using var second = new BotWebApplicationFactory(databasePath: path);
            var again = new RepSession(second, "zh-CN");
            saveButton["needsPreset"] = "扩容";
            saveButton["visitPurpose"] = "确认预算";
            await again.Submit(saveButton);

            Assert.Contains(again.Text("Prep.Progress", 2, 6), again.TurnTexts());
            var plan = Assert.Single((await again.OnlyDealAsync()).Deal.Visits).Plan;
            Assert.Equal(("扩容", "确认预算"), (plan.NeedsPreset, plan.VisitPurpose));
        }
        finally
        {
            TestDatabase.Delete(path);
        }
    }

    private static string SaveData(JsonElement card, string title) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title).GetProperty("data").GetRawText();
}
