using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

/// <summary>A rep deletes a person or a whole deal from the chat, after a confirm; only their own.</summary>
public sealed class DeleteConversationTests
{
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task DeletePerson_KeepKeeps_ConfirmDeletesEverythingAboutThem_StaleConfirmChangesNothing(string locale)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Clock());
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("华为", "数据中心");
        await rep.AddPersonAsync(new { name = "张伟", title = "CIO", department = "DecisionLayer", decisionChainRoles = "DecisionMaker", support = "Supports", scoreTrust = "4", lastContact = "2026-03-01" });
        await rep.AddPersonAsync(new { name = "李强", title = "架构师", department = "Technical", decisionChainRoles = "Evaluator", isCoach = "true", support = "Neutral" });
        await rep.Command("kp");
        await rep.Press("张伟");
        await rep.Save(RepSession.Answers(KeyPersonQuestions.Set, strong: true));
        await rep.Command("coach");
        await rep.Press("李强");
        await rep.Save(RepSession.Answers(CoachQuestions.Set, strong: true));
        var zhang = (await rep.OnlyDealAsync()).Deal.Stakeholders.Single(s => s.Name == "张伟");
        await rep.Command("debrief");
        await rep.Save(new Dictionary<string, string>
        {
            ["visitDate"] = "2026-03-09",
            ["met"] = zhang.Id.ToString("D"),
            ["action"] = "张伟安排技术交流",
            ["committedBy"] = zhang.Id.ToString("D"),
            ["dueOn"] = "2026-03-20",
            ["dealProgress"] = "进入评估",
            ["signs"] = "CustomerTakesAction,MovesDealForward,SpecificAndDated",
            [$"support-{zhang.Id:N}"] = "Champions",
        });
        var before = (await rep.OnlyDealAsync()).Deal;
        Assert.Equal(zhang.Id, before.KeyPersonId);
        Assert.NotEmpty(before.KeyPersonAnswers);
        Assert.Equal(2, before.Stakeholders.Single(s => s.Name == "张伟").SupportHistory.Count);
        Assert.Contains("Deals.Json", await DatabaseText.FindAsync(factory.DatabasePath, "张伟"));

        // The person's delete button asks first; "Keep" keeps everything.
        await rep.Command("people");
        await rep.Press(rep.Text("People.Edit", "张伟"));
        await rep.Press(rep.Text("People.Delete", "张伟"));
        Assert.Equal(rep.Text("Delete.Person.Question", "张伟", rep.Text("Deal.Pick.Item", "华为", "数据中心")), rep.Chat.LastCardTexts()[0]);
        Assert.Equal([rep.Text("Delete.Confirm"), rep.Text("Delete.Keep")], rep.Chat.LastCardButtons());
        await rep.Press(rep.Text("Delete.Keep"));
        Assert.Equal(rep.Text("Delete.Kept"), rep.Chat.LastText());
        Assert.Equal(RepSession.Json(before), RepSession.Json((await rep.OnlyDealAsync()).Deal));

        await rep.Command("people");
        await rep.Press(rep.Text("People.Edit", "张伟"));
        await rep.Press(rep.Text("People.Delete", "张伟"));
        var confirm = ButtonData(rep.Chat.LastCard(), rep.Text("Delete.Confirm"));
        await rep.Press(rep.Text("Delete.Confirm"));

        Assert.Contains(rep.Text("Delete.Person.Done", "张伟"), rep.Chat.Texts());
        Assert.DoesNotContain(rep.Text("People.Edit", "张伟"), rep.Chat.LastCardButtons());
        var after = (await rep.OnlyDealAsync()).Deal;
        var li = Assert.Single(after.Stakeholders);
        Assert.Equal("李强", li.Name);
        Assert.NotEmpty(li.CoachAnswers);
        Assert.Null(after.KeyPersonId);
        Assert.Empty(after.KeyPersonAnswers);
        var visit = Assert.Single(after.Visits);
        Assert.Empty(visit.StakeholderIds);
        Assert.Null(visit.Commitment!.CommittedBy);
        Assert.DoesNotContain("张伟", visit.Commitment.Action, StringComparison.Ordinal);
        Assert.Empty(await DatabaseText.FindAsync(factory.DatabasePath, "张伟"));

        // The old confirm pressed again finds nobody to delete and changes nothing.
        await rep.Submit(confirm);
        Assert.Equal(rep.Text("Person.NotFound"), rep.Chat.LastText());
        Assert.Equal(RepSession.Json(after), RepSession.Json((await rep.OnlyDealAsync()).Deal));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task DeleteDeal_FromTheDealView_KeepThenConfirm_DealPeopleAndCurrentDealGone_StaleConfirmSaysSo(string locale)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Clock());
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("阿里", "数据中台");
        await rep.AddPersonAsync(new { name = "王总", decisionChainRoles = "DecisionMaker", support = "Neutral" });
        var deal = (await rep.OnlyDealAsync()).Deal;
        Assert.Contains("Deals.Name", await DatabaseText.FindAsync(factory.DatabasePath, "数据中台"));

        await rep.Command("people");
        await rep.Press(rep.Text("Deal.Delete"));
        Assert.Equal(rep.Text("Delete.Deal.Question", rep.Text("Deal.Pick.Item", "阿里", "数据中台")), rep.Chat.LastCardTexts()[0]);
        await rep.Press(rep.Text("Delete.Keep"));
        Assert.NotNull(await rep.FindDealAsync(deal.Id));
        Assert.Equal(deal.Id, await CurrentDealAsync(factory, rep.UserId));

        await rep.Command("people");
        await rep.Press(rep.Text("Deal.Delete"));
        var confirm = ButtonData(rep.Chat.LastCard(), rep.Text("Delete.Confirm"));
        await rep.Press(rep.Text("Delete.Confirm"));

        Assert.Equal(rep.Text("Delete.Deal.Done", rep.Text("Deal.Pick.Item", "阿里", "数据中台"), 1), rep.Chat.LastText());
        Assert.Null(await rep.FindDealAsync(deal.Id));
        Assert.Null(await CurrentDealAsync(factory, rep.UserId));
        Assert.Empty(await DatabaseText.FindAsync(factory.DatabasePath, "王总"));
        Assert.Empty(await DatabaseText.FindAsync(factory.DatabasePath, "数据中台"));

        await rep.Submit(confirm);
        Assert.Equal(rep.Text("Deal.NotFound"), rep.Chat.LastText());

        // With no deal left, a deal command asks for a new one.
        await rep.Command("gaps");
        Assert.Equal(rep.Text("Deal.Form.Title"), rep.Chat.LastCardTexts()[0]);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task DeleteDeal_Typed_AsksAboutTheCurrentDeal(string locale)
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Clock());
        var rep = new RepSession(factory, locale);
        await rep.NewDealAsync("腾讯", "云迁移");

        await rep.Command("delete");

        Assert.Equal(rep.Text("Delete.Deal.Question", rep.Text("Deal.Pick.Item", "腾讯", "云迁移")), rep.Chat.LastCardTexts()[0]);
        Assert.NotNull(await rep.FindDealAsync((await rep.OnlyDealAsync()).Deal.Id));
    }

    [Fact]
    public async Task Delete_AnotherRepsDealOrPerson_Refused_NothingDeleted()
    {
        await using var factory = new BotWebApplicationFactory(timeProvider: Clock());
        var repA = new RepSession(factory, "zh-CN");
        await repA.NewDealAsync("华为", "数据中心");
        await repA.AddPersonAsync(new { name = "张伟", decisionChainRoles = "DecisionMaker" });
        var before = await repA.OnlyDealAsync();

        var repB = new RepSession(factory, "en-US", userId: "29:rep-b", userName: "Bob");
        await repB.Submit(new Dictionary<string, string> { ["command"] = "delete", ["action"] = "confirm", ["dealId"] = before.Deal.Id.ToString("D") });
        Assert.Equal(repB.Text("Deal.Refused"), repB.Chat.LastText());
        await repB.Submit(new Dictionary<string, string> { ["command"] = "delete", ["action"] = "confirm", ["dealId"] = before.Deal.Id.ToString("D"), ["personId"] = before.Deal.Stakeholders[0].Id.ToString("D") });
        Assert.Equal(repB.Text("Deal.Refused"), repB.Chat.LastText());

        var after = await repA.FindDealAsync(before.Deal.Id);
        Assert.Equal(RepSession.Json(before.Deal), RepSession.Json(after!.Deal));
    }

    private static Dictionary<string, JsonElement> ButtonData(JsonElement card, string title)
    {
        var button = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title);
        return button.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private static async Task<Guid?> CurrentDealAsync(BotWebApplicationFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICurrentDealStore>().FindAsync(userId, CancellationToken.None);
    }
}
