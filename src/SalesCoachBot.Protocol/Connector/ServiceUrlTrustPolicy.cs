using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Auth;

namespace SalesCoachBot.Protocol.Connector;

/// <summary>
/// Decides whether a service URL is one the bot may send its token to. The service URL arrives in
/// the activity, so an attacker who could post an activity could otherwise collect the bot's token.
/// </summary>
internal sealed class ServiceUrlTrustPolicy
{
    // The public cloud's Teams connector hosts (Teams SDK documentation, "Service URL validation").
    // Not "*.trafficmanager.net": anyone can create a name under it with an Azure subscription.
    private static readonly string[] TeamsHosts =
    [
        "smba.trafficmanager.net",
        "smba.onyx.prod.teams.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
    ];

    private const string BotFrameworkDomainSuffix = ".botframework.com";

    private readonly bool _localMode;
    private readonly string[] _exactHosts;
    private readonly string[] _suffixes;

    public ServiceUrlTrustPolicy(IOptions<BotOptions> bot, IOptions<BotConnectorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(options);
        _localMode = bot.Value.IsLocalMode;
        var configured = options.Value.AdditionalTrustedHosts
            .Where(h => !string.IsNullOrWhiteSpace(h))
            .Select(h => h.Trim().TrimEnd('.').ToLowerInvariant())
            .ToArray();
        _exactHosts = [.. TeamsHosts, .. configured.Where(h => !h.StartsWith("*.", StringComparison.Ordinal))];
        _suffixes = [BotFrameworkDomainSuffix, .. configured.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h[1..])];
    }

    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUrl.UserInfo))
        {
            return false;
        }

        var isHttps = serviceUrl.Scheme == Uri.UriSchemeHttps;
        var isHttp = serviceUrl.Scheme == Uri.UriSchemeHttp;
        var host = serviceUrl.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (serviceUrl.IsLoopback)
        {
            // The Agents Playground and other local stand-ins serve plain HTTP on loopback.
            return (isHttp || isHttps) && (_localMode || _exactHosts.Contains(host, StringComparer.Ordinal));
        }

        if (!isHttps)
        {
            return false;
        }

        return _exactHosts.Contains(host, StringComparer.Ordinal)
            || _suffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }
}
