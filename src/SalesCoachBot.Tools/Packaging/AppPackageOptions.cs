namespace SalesCoachBot.Tools.Packaging;

// What the Teams app package is built from. Read by AppPackageOptionsReader from
// the command line, the environment and appsettings.json, in rising order of precedence.
internal sealed class AppPackageOptions
{
    // The bot's Microsoft App ID (Entra app registration); also used as the Teams app id.
    public string? MicrosoftAppId { get; init; }

    // The public host name the bot is served from, e.g. salescoach.contoso.com.
    public string? Domain { get; init; }

    // Where the zip is written.
    public required string OutputPath { get; init; }

    // The folder holding manifest.json, zh-cn.json and the two icons; null when it was not
    // given and no repository root could be found.
    public string? ManifestDirectory { get; init; }
}
