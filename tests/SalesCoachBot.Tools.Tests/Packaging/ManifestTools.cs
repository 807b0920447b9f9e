using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.TestSupport.Processes;

namespace SalesCoachBot.Tools.Tests.Packaging;

// The official Teams schemas and validator from npm (@microsoft/app-manifest), installed on first
// use by the repository's own script so a fresh machine needs no manual step.
internal static class ManifestTools
{
    private static readonly Lazy<string> LazyPackageDirectory = new(Install);

    public static string PackageDirectory => LazyPackageDirectory.Value;

    public static string LocalizationSchemaPath => Path.Combine(
        PackageDirectory, "build", "json-schemas", "teams", "v1.30", "MicrosoftTeams.Localization.schema.json");

    public static ExternalProcessResult ValidateManifest(string manifestPath) => ExternalProcess.Run(
        "node",
        [Path.Combine(RepositoryLayout.ManifestDirectory, "tools", "validate-manifest.cjs"), PackageDirectory, manifestPath],
        TimeSpan.FromMinutes(1));

    private static string Install()
    {
        var result = ExternalProcess.Run(
            "bash",
            [Path.Combine(RepositoryLayout.ManifestDirectory, "tools", "install-manifest-tools.sh")],
            TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"Installing the manifest tools failed: {result.Describe()}");
        }

        return result.Output.Trim();
    }
}
