using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.TestSupport.Connector;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Dialogs.Tests.Harness;

/// <summary>
/// Drives the real engine like a user in Teams: each call is one turn through <see cref="DialogRunner"/>
/// in its own DI scope, with activities built on a recorded Teams invoke (same user, bot and chat).
/// </summary>
internal sealed class Chat : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _rootDialogId;
    private readonly Activity _template;
    private int _nextUserActivity;

    public Chat(Action<IServiceCollection> addDialogs, string rootDialogId, string locale = "zh-CN", InMemoryDialogStateStore? store = null)
    {
        Store = store ?? new InMemoryDialogStateStore();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 20, 30, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IDialogStateStore>(Store);
        services.AddSingleton<IUnitOfWork>(Store);
        services.AddDialogs();
        addDialogs(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _rootDialogId = rootDialogId;
        var path = SharedFiles.TeamsFixture("teamsnet-adaptivecard-action-invoke.json");
        _template = JsonSerializer.Deserialize<Activity>(File.ReadAllText(path), ProtocolJson.Options)! with { Locale = locale };
    }

    public InMemoryDialogStateStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingConnectorClient Connector { get; } = new();

    /// <summary>What the bot sent in the last turn.</summary>
    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    /// <summary>The last turn's invoke response, if it was an invoke.</summary>
    public InvokeResponse? InvokeResponse { get; private set; }

    /// <summary>The engine's result of the last turn.</summary>
    public DialogTurnResult? Result { get; private set; }

    public string ConversationKey => DialogStateKey.For(_template);

    public Activity Template => _template;

    /// <summary>The user types <paramref name="text"/>.</summary>
    public Task Send(string text) => Turn(Message() with { Text = text });

    /// <summary>The user presses an <c>Action.Submit</c> button of the card sent as <paramref name="cardActivityId"/>.</summary>
    public Task Submit(JsonElement value, string cardActivityId) => Turn(Message() with { Text = null, Value = value, ReplyToId = cardActivityId });

    /// <summary>The user presses an <c>Action.Execute</c> button: an <c>adaptiveCard/action</c> invoke.</summary>
    public Task Execute(JsonElement data, string cardActivityId)
    {
        var value = JsonSerializer.SerializeToElement(new
        {
            action = new { type = "Action.Execute", title = "Submit", verb = "dialogForm", data },
            trigger = "manual",
        });
        return Turn(_template with { Id = NextId(), Value = value, ReplyToId = cardActivityId });
    }

    public Task Turn(Activity activity) =>
        Turn(activity, (runner, turn) => runner.RunTurnAsync(turn, _rootDialogId, CancellationToken.None));

    /// <summary>The user opens <paramref name="dialogId"/> by a command while anything else may be active.</summary>
    public Task Start(string dialogId, string text) =>
        Turn(Message() with { Text = text }, (runner, turn) => runner.StartDialogAsync(turn, dialogId, null, CancellationToken.None));

    private async Task Turn(Activity activity, Func<DialogRunner, TurnContext, Task<DialogTurnResult>> run)
    {
        var before = Connector.Sent.Count;
        await using var scope = _services.CreateAsyncScope();
        var turn = new TurnContext(activity, Connector);
        Result = await run(scope.ServiceProvider.GetRequiredService<DialogRunner>(), turn);
        InvokeResponse = turn.InvokeResponse;
        Replies = Connector.Sent.Skip(before).ToList();
    }

    public IEnumerable<string> Texts() => Replies.Where(r => r.Text is not null).Select(r => r.Text!);

    public string LastText() => Texts().LastOrDefault() ?? throw new InvalidOperationException("The bot sent no text in the last turn.");

    /// <summary>The last card the bot sent in the last turn, and the id of its message.</summary>
    public (JsonElement Card, string ActivityId) LastCard()
    {
        var message = Replies.LastOrDefault(r => r.Attachments is { Count: > 0 })
            ?? throw new InvalidOperationException("The bot sent no card in the last turn.");
        return (message.Attachments![0].Content!.Value, message.Id!);
    }

    /// <summary>All the text blocks of the last card.</summary>
    public IEnumerable<string> LastCardTexts() =>
        LastCard().Card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "TextBlock")
            .Select(e => e.GetProperty("text").GetString()!);

    /// <summary>The data of the last card's button titled <paramref name="title"/>.</summary>
    public JsonElement ButtonData(string title) =>
        LastCard().Card.GetProperty("actions").EnumerateArray()
            .First(a => a.GetProperty("title").GetString() == title)
            .GetProperty("data");

    public void Dispose() => _services.Dispose();

    private Activity Message() => _template with
    {
        Type = ActivityTypes.Message,
        Id = NextId(),
        Name = null,
        Value = null,
        ReplyToId = null,
    };

    private string NextId() => $"user-{++_nextUserActivity}";
}
