using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SalesCoachBot.Protocol.Auth;

namespace SalesCoachBot.Protocol.Connector;

/// <summary>
/// Decides whether a connector URL (a service URL with the connector route appended) is one the bot
/// may call. The service URL arrives in the activity, so an attacker who could post an activity could
/// otherwise collect the bot's token, or, in local mode, make the bot call any local service.
/// </summary>
/// <remarks>
/// In local mode only loopback URLs are trusted (no Teams host would take a call without a token).
/// A loopback URL, in any mode, must have the shape of a Bot Connector call:
/// <c>[/prefix[/prefix]]/v3/conversations[/…]</c> with no query or fragment, e.g. the Agents
/// Playground's <c>http://localhost:56150/_connector/v3/conversations/{id}/activities</c> or a
/// stand-in connector at the root, so that an activity cannot point the bot at another local
/// service's port and path.
/// </remarks>
internal sealed partial class ServiceUrlTrustPolicy
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
            return (isHttp || isHttps)
                && (_localMode || _exactHosts.Contains(host, StringComparer.Ordinal))
                && IsConnectorPath(serviceUrl);
        }

        if (_localMode || !isHttps)
        {
            return false;
        }

        return _exactHosts.Contains(host, StringComparer.Ordinal)
            || _suffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }

    /// <summary>The URL's path is a Bot Connector route under at most two plain prefix segments.</summary>
    private static bool IsConnectorPath(Uri url)
    {
        if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            return false;
        }

        var path = url.AbsolutePath;
        if (!ConnectorPath().IsMatch(path))
        {
            return false;
        }

        // Dot segments are already resolved by Uri; escaped ones are not, and a server might.
        return !path.Split('/').Select(Uri.UnescapeDataString).Any(segment => segment is "." or "..");
    }

    [GeneratedRegex(@"^(?:/[A-Za-z0-9_-]{1,64}){0,2}/v3/conversations(?:/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConnectorPath();
}
