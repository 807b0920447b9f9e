using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SalesCoachBot.Protocol.Auth;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// The real host (Program) with the recording stand-in connector. Local mode unless an app id is
/// given; the turn handler and the authenticator (or any other service, through
/// <c>services</c>) are only replaced when a test says so.
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

    /// <summary>The host's SQLite file; deleted with the factory unless the test passed it in (to share it between hosts).</summary>
    public string DatabasePath { get; }

    public RecordingConnectorClient Connector { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MicrosoftAppId", _appId);
        builder.UseSetting("MicrosoftAppPassword", _appId.Length == 0 ? string.Empty : "test-secret");
        builder.UseSetting("MicrosoftAppTenantId", string.Empty);
        builder.UseSetting("ConnectionStrings:SalesCoach", $"Data Source={DatabasePath}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(Connector);
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
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}
