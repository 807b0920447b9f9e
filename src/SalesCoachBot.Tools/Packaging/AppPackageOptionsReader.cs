using Microsoft.Extensions.Configuration;
using SalesCoachBot.Tools.Hosting;

namespace SalesCoachBot.Tools.Packaging;

// Reads AppPackageOptions with the same keys the running bot uses
// (MicrosoftAppId, Bot:PublicBaseUrl), so one set of settings serves both.
internal static class AppPackageOptionsReader
{
    public const string AppIdKey = "MicrosoftAppId";
    public const string DomainKey = "Packaging:Domain";
    public const string PublicBaseUrlKey = "Bot:PublicBaseUrl";
    public const string OutputKey = "Packaging:Output";
    public const string ManifestDirectoryKey = "Packaging:ManifestDirectory";
    public const string DefaultFileName = "SalesCoachBot.zip";

    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--app-id"] = AppIdKey,
        ["--domain"] = DomainKey,
        ["--base-url"] = PublicBaseUrlKey,
        ["--out"] = OutputKey,
        ["--manifest-dir"] = ManifestDirectoryKey,
    };

    public static IConfiguration BuildConfiguration(IEnumerable<string> args) =>
        new ConfigurationBuilder()
            // The bot's own appsettings.json (in a checkout), so MicrosoftAppId and Bot:PublicBaseUrl are its values.
            .AddJsonFile(Path.Combine(BotContentRoot.Find() ?? AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.ToArray(), SwitchMappings)
            .Build();

    public static AppPackageOptions Read(IConfiguration configuration)
    {
        var domain = NullIfBlank(configuration[DomainKey]);
        if (domain is null
            && Uri.TryCreate(NullIfBlank(configuration[PublicBaseUrlKey]), UriKind.Absolute, out var baseUrl))
        {
            domain = baseUrl.Host;
        }

        // `dotnet run` starts in the project folder, so defaults are anchored at the repository root.
        var root = BotContentRoot.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? BotContentRoot.FindRepositoryRoot(AppContext.BaseDirectory);
        var manifestDirectory = NullIfBlank(configuration[ManifestDirectoryKey])
            ?? (root is null ? null : Path.Combine(root, "manifest"));
        var outputPath = NullIfBlank(configuration[OutputKey])
            ?? (root is null ? DefaultFileName : Path.Combine(root, DefaultFileName));

        return new AppPackageOptions
        {
            MicrosoftAppId = NullIfBlank(configuration[AppIdKey])?.Trim(),
            Domain = domain?.Trim(),
            OutputPath = Path.GetFullPath(outputPath),
            ManifestDirectory = manifestDirectory is null ? null : Path.GetFullPath(manifestDirectory),
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
