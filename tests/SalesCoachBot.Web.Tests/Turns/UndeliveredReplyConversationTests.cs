using System.Globalization;
using System.Resources;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Web.Resources;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Turns;

/// <summary>
/// A prompt the connector does not deliver (too large, or still failing after its retries) fails the
/// turn before anything of it is committed: the flow is where it was, the user is told, and saying
/// the same thing again works.
/// </summary>
public sealed class UndeliveredReplyConversationTests
{
    private static readonly ResourceManager DialogTexts = new("SalesCoachBot.Dialogs.Resources.DialogTexts", typeof(DialogRunner).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly object Deal = new
    {
        customer = "宝钢",
        name = "轴承钢招标",
        value = "5000000",
        closeOn = "2027-03-01",
        stage = "EvaluatingProducts",
        decisionMethod = "RecommendThenApprove",
    };

    public static TheoryData<int> Refusals => new() { 413, 503 };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task NextPromptNotDelivered_DealNotSavedUserToldAndTheSameAnswerWorksAgain(int status)
    {
        await using var factory = new BotWebApplicationFactory();
        var chat = new TeamsChat(factory);
        await chat.Send("准备拜访");
        var dealForm = chat.LastCardTexts();
        var save = SaveData(chat);

        factory.Connector.Refuse(IsVisitForm, Refusal(status));
        await chat.Submit(save);

        // What went out before the prompt stays in the chat; the notice says nothing was kept.
        Assert.Equal(DialogTexts.GetString("NotDelivered", Chinese), chat.Texts().Last());
        Assert.Empty(await DealsAsync(factory, chat.UserId));
        var refusedPrompt = TeamsChat.CardTexts(Assert.Single(factory.Connector.Refused).Attachments![0].Content!.Value).ToList();

        await chat.Submit(save);

        Assert.Equal(refusedPrompt, chat.LastCardTexts());
        Assert.NotEqual(dealForm, chat.LastCardTexts());
        Assert.Equal("轴承钢招标", Assert.Single(await DealsAsync(factory, chat.UserId)).Deal.Name);
    }

    [Fact]
    public async Task NeitherPromptNorNoticeDelivered_NothingSavedAndTheNextAnswerWorks()
    {
        await using var factory = new BotWebApplicationFactory();
        var chat = new TeamsChat(factory);
        await chat.Send("准备拜访");
        var save = SaveData(chat);

        // Whatever the turn sends, the notice included: nothing gets through.
        factory.Connector.Refuse(_ => true, Refusal(503), times: 100);
        await chat.Submit(save);

        Assert.Empty(chat.Replies);
        Assert.Equal(DialogTexts.GetString("NotDelivered", Chinese), factory.Connector.Refused[^1].Text);
        Assert.Empty(await DealsAsync(factory, chat.UserId));
        factory.Connector.StopRefusing();
        await chat.Submit(save);
        Assert.Single(await DealsAsync(factory, chat.UserId));
    }

    [Fact]
    public async Task ConnectorHangsPastTheTurnBudget_TurnEndsWithAnApologyAndNothingSaved()
    {
        // The budget runs on the host's clock: it passes only when the test moves it, so the turns
        // around the hanging one are never cut short by a slow machine.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new BotWebApplicationFactory(timeProvider: clock);
        var chat = new TeamsChat(factory);
        await chat.Send("准备拜访");
        var save = SaveData(chat);

        var reached = factory.Connector.Hang(IsVisitForm);
        var submitted = chat.Submit(save);
        await reached.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(submitted.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(12));
        await submitted.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(factory.Logs.Entries, e => e.EventId == 1006);
        Assert.Equal(WebTexts.ResourceManager.GetString(nameof(WebTexts.TurnFailed), Chinese), chat.Texts().Last());
        Assert.Empty(await DealsAsync(factory, chat.UserId));
        await chat.Submit(save);
        Assert.Single(await DealsAsync(factory, chat.UserId));
    }

    // The prompt after the deal form: the visit form.
    private static bool IsVisitForm(Activity activity) =>
        activity.Attachments?.Any(a => a.Content?.GetRawText().Contains("\"visitPurpose\"", StringComparison.Ordinal) == true) == true;

    /// <summary>What pressing "保存" on the deal form with <see cref="Deal"/> filled in sends.</summary>
    private static JsonObject SaveData(TeamsChat chat)
    {
        var button = chat.LastCard().GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "保存");
        var data = JsonNode.Parse(button.GetProperty("data").GetRawText())!.AsObject();
        foreach (var (key, value) in JsonSerializer.SerializeToNode(Deal)!.AsObject())
        {
            data[key] = value?.DeepClone();
        }

        return data;
    }

    private static ConnectorResult Refusal(int status) => status == 413
        ? new ConnectorResult(ConnectorOutcome.TooLarge, 413, Error: "payload too large")
        : new ConnectorResult(ConnectorOutcome.Failed, 503, Error: "service unavailable after retries");

    private static async Task<IReadOnlyList<DealRecord>> DealsAsync(BotWebApplicationFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().ListByOwnerAsync(userId, CancellationToken.None);
    }
}
