using System.Globalization;
using System.Net;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Turns;

/// <summary>
/// Teams redelivers an activity it got no answer to, possibly to another instance behind the load
/// balancer, or after a restart. Two hosts over one database (SQLite file, or PostgreSQL with
/// SALESCOACH_TEST_PROVIDER=Postgres) stand for two instances.
/// </summary>
public sealed class RedeliveryConversationTests : IDisposable
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private readonly TempDirectory _root = new();
    private readonly string _database;

    public RedeliveryConversationTests() => _database = _root.Combine("shared.db");

    public void Dispose()
    {
        TestDatabase.Delete(_database);
        _root.Dispose();
    }

    [Fact]
    public async Task Message_RedeliveredToAnotherInstance_IsAnsweredOnceInTheChat()
    {
        var database = _database;
        await using var first = new BotWebApplicationFactory(databasePath: database);
        await using var second = new BotWebApplicationFactory(databasePath: database);
        var chat = new TeamsChat(first);

        await chat.Send("你好");
        Assert.Equal(CoachingText.Get("Menu.Intro", Chinese), chat.LastCardTexts()[1]);
        var (status, _) = await chat.Redeliver(second);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(first.Connector.Sends);
        Assert.Empty(second.Connector.Sends);
        Assert.Contains(second.Logs.Entries, e => e.EventId == 1001);
    }

    [Fact]
    public async Task Message_DeliveredToTwoInstancesAtOnce_IsAnsweredOnce()
    {
        var database = _database;
        await using var first = new BotWebApplicationFactory(databasePath: database);
        await using var second = new BotWebApplicationFactory(databasePath: database);
        _ = first.Services;
        _ = second.Services;
        var chat = new TeamsChat(first);

        var original = chat.Send("你好");
        var redelivery = chat.Redeliver(second);
        await Task.WhenAll(original, redelivery);

        Assert.Equal(HttpStatusCode.OK, (await redelivery).Status);
        Assert.Equal(1, first.Connector.Sends.Count + second.Connector.Sends.Count);
    }

    [Fact]
    public async Task Message_RedeliveredAfterARestart_IsNotAnsweredAgain()
    {
        var database = _database;
        var before = new BotWebApplicationFactory(databasePath: database);
        var chat = new TeamsChat(before);
        await chat.Send("你好");
        await before.DisposeAsync();

        await using var restarted = new BotWebApplicationFactory(databasePath: database);
        var (status, _) = await chat.Redeliver(restarted);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(restarted.Connector.Sends);
    }

    [Fact]
    public async Task Invoke_RedeliveredToAnotherInstance_GetsTheFirstAnswerByteForByte()
    {
        var database = _database;
        await using var first = new BotWebApplicationFactory(databasePath: database);
        await using var second = new BotWebApplicationFactory(databasePath: database);
        var chat = new TeamsChat(first);
        await chat.Send("你好");

        await chat.Execute(new { dialogForm = "a-form-long-gone" });
        var sentByTheFirst = first.Connector.Sends.Count;
        var (status, body) = await chat.Redeliver(second);

        Assert.NotNull(chat.LastInvokeResponse?.Value);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(chat.LastResponseBody, body);
        Assert.Empty(second.Connector.Sends);
        Assert.Equal(sentByTheFirst, first.Connector.Sends.Count);
    }
}
