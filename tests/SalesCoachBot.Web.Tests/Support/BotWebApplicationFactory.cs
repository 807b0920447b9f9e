using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Turns;
using SalesCoachBot.TestSupport.Connector;
using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.TestSupport.Logging;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// The real host (Program) with the recording stand-in connector. Local mode unless an app id is
/// given; the turn handler and the authenticator (or any other service, through
/// <c>services</c>) are only replaced when a test says so. Requests through TestServer come from
/// <see cref="TestServerRemoteAddress"/> (loopback unless a test says otherwise), as local mode
/// serves only loopback callers.
/// </summary>
public sealed class BotWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string _appId;
    private readonly IActivityAuthenticator? _authenticator;
    private readonly ITurnHandler? _handler;
    private readonly TimeProvider? _timeProvider;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private readonly Action<IServiceCollection>? _services;

    public BotWebApplicationFactory(
        string appId = "",
        IActivityAuthenticator? authenticator = null,
        ITurnHandler? handler = null,
        TimeProvider? timeProvider = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        string? databasePath = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _appId = appId;
        _authenticator = authenticator;
        _handler = handler;
        _timeProvider = timeProvider;
        _settings = settings ?? new Dictionary<string, string?>();
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"salescoach-test-{Guid.NewGuid():N}.db");
    }

    /// <summary>The host's database (a SQLite file, or the PostgreSQL database named after it: <see cref="TestDatabase"/>); deleted with the factory unless the test passed it in (to share it between hosts).</summary>
    public string DatabasePath { get; }

    /// <summary>The remote address TestServer requests appear to come from; null for none (not TCP).</summary>
    public IPAddress? TestServerRemoteAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The stand-in connector; every card the bot sends through it, proactive ones included, is checked against the schema.</summary>
    public RecordingConnectorClient Connector { get; } = new() { ValidatesCards = true };

    /// <summary>
    /// When set, the bot keeps its real connector client (token, trust policy, resilience pipeline)
    /// and this handler answers its HTTP calls in place of the Bot Connector service; <see cref="Connector"/> then records nothing.
    /// </summary>
    public HttpMessageHandler? ConnectorHttpHandler { get; init; }

    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>
    /// Waits until the bot's background email/UPN look-ups (<see cref="MemberLookupBacklog"/>) noted so far
    /// are over. The bot answers a turn without them; a test that needs the address right after a turn
    /// (a manager named by email just after their install) waits here, as <see cref="TeamsChat"/> does after each turn.
    /// </summary>
    public async Task MemberLookupsIdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Services.GetRequiredService<MemberLookupBacklog>().WhenIdleAsync(timeout.Token);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MicrosoftAppId", _appId);
        builder.UseSetting("MicrosoftAppPassword", _appId.Length == 0 ? string.Empty : "test-secret");
        builder.UseSetting("MicrosoftAppTenantId", string.Empty);
        foreach (var (key, value) in TestDatabase.Settings(DatabasePath))
        {
            builder.UseSetting(key, value);
        }

        if (_timeProvider is not null)
        {
            // A test clock stands still while a batch goes out, and the send pacing waits on that
            // clock: the largest budgets, whose bursts (100 a tenant, 10 a chat) hold the tests'
            // batches. The pacing itself is tested on the real clock (ProactivePacerTests).
            builder.UseSetting("Proactive:TenantMessagesPerSecond", "1000");
            builder.UseSetting("Proactive:ConversationMessagesPerSecond", "100");
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new TestServerRemoteAddressStartupFilter(TestServerRemoteAddress));
            if (ConnectorHttpHandler is { } connectorHandler)
            {
                // The typed client's name; its resilience handler stays in front of this one.
                services.AddHttpClient(nameof(IConnectorClient)).ConfigurePrimaryHttpMessageHandler(() => connectorHandler);
            }
            else
            {
                services.RemoveAll<IConnectorClient>();
                services.AddSingleton<IConnectorClient>(Connector);
            }
            if (_authenticator is not null)
            {
                services.RemoveAll<IActivityAuthenticator>();
                services.AddSingleton(_authenticator);
            }

            if (_handler is not null)
            {
                services.RemoveAll<ITurnHandler>();
                services.AddSingleton(_handler);
            }

            if (_timeProvider is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_timeProvider);
            }

            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            TestDatabase.Delete(DatabasePath);
        }
    }
}
