using System.Text.RegularExpressions;

namespace SalesCoachBot.Tools.Packaging;

// Says, in words a person can act on, what is wrong with AppPackageOptions.
internal static partial class AppPackageOptionsValidator
{
    public static IReadOnlyList<string> Validate(AppPackageOptions options)
    {
        var problems = new List<string>();

        if (options.MicrosoftAppId is null)
        {
            problems.Add("The bot's app id is missing: pass --app-id <guid> or set MicrosoftAppId.");
        }
        else if (!Guid.TryParseExact(options.MicrosoftAppId, "D", out var appId))
        {
            problems.Add(
                $"The app id '{options.MicrosoftAppId}' is not a GUID; expected the form "
                + "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (the Application (client) ID of the bot's app registration).");
        }
        else if (appId == Guid.Empty)
        {
            problems.Add("The app id is the empty GUID; use the Application (client) ID of the bot's app registration.");
        }

        if (options.Domain is null)
        {
            problems.Add(
                "The bot's domain is missing: pass --domain <host> (e.g. salescoach.contoso.com) "
                + "or set Bot:PublicBaseUrl (env Bot__PublicBaseUrl).");
        }
        else if (!IsPublicHostName(options.Domain))
        {
            problems.Add(
                $"The domain '{options.Domain}' is not a host name; give only the host, such as "
                + "salescoach.contoso.com, without scheme, port, path or wildcard.");
        }

        if (options.ManifestDirectory is null)
        {
            problems.Add(
                "The manifest folder was not found: run from inside the repository or pass --manifest-dir <path>.");
        }
        else if (!Directory.Exists(options.ManifestDirectory))
        {
            problems.Add($"The manifest folder '{options.ManifestDirectory}' does not exist.");
        }

        return problems;
    }

    // Teams needs a name it can reach over HTTPS: at least two DNS labels, no IP address.
    private static bool IsPublicHostName(string value) =>
        value.Length <= 253
        && Uri.CheckHostName(value) == UriHostNameType.Dns
        && value.Split('.') is { Length: >= 2 } labels
        && labels.All(label => DnsLabel().IsMatch(label))
        && !labels[^1].All(char.IsAsciiDigit);

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();
}
