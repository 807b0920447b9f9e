using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Data.Storage;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.TestSupport.Connector;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Data.Tests.Harness;

/// <summary>
/// One bot process: a service provider wired as the host wires it (AddData + AddDialogs) over a
/// SQLite file in <c>contentRoot/data</c>. Each turn runs in its own scope, like a request.
/// </summary>
internal sealed class Bot : IAsyncDisposable
{
    private static readonly Activity Recorded = JsonSerializer.Deserialize<Activity>(
        File.ReadAllText(SharedFiles.TeamsFixture("teamsnet-adaptivecard-action-invoke.json")), ProtocolJson.Options)!;

    private readonly ServiceProvider _services;
    private int _nextId;

    public Bot(string contentRoot, Action<IServiceCollection> addDialogs, IDictionary<string, string?>? settings = null)
    {
        // Without settings of its own a test runs on this run's provider (TestDatabase): the default
        // SQLite file of the content root, or the PostgreSQL database named after it.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? TestDatabase.Settings(TestDatabase.DefaultPath(contentRoot)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddLogging();
        services.AddData(configuration, contentRoot);
        services.AddDialogs();
        addDialogs(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    public RecordingConnectorClient Connector { get; } = new();

    public IServiceProvider Services => _services;

    public Task MigrateAsync() => DatabaseMigrator.MigrateAsync(_services, CancellationToken.None);

    /// <summary>A message from the recorded Teams user in the recorded personal chat.</summary>
    public Activity Message(string text) => Recorded with
    {
        Type = ActivityTypes.Message,
        Id = $"m-{Interlocked.Increment(ref _nextId)}",
        Name = null,
        Value = null,
        Text = text,
        Locale = "zh-CN",
    };

    /// <summary>Runs one turn in a fresh scope; returns the texts the bot sent.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string text, string rootDialogId)
    {
        await using var scope = _services.CreateAsyncScope();
        var turn = new TurnContext(Message(text), Connector);
        await scope.ServiceProvider.GetRequiredService<DialogRunner>().RunTurnAsync(turn, rootDialogId, CancellationToken.None);
        return [.. turn.SentActivities.Where(a => a.Text is not null).Select(a => a.Text!)];
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
