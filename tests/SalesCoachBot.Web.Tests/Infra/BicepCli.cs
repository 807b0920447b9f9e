using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.TestSupport.Processes;

namespace SalesCoachBot.Web.Tests.Infra;

// The Bicep CLI the repository's script uses, found the same way (restore of the pinned NuGet package).
internal static class BicepCli
{
    public const string CollectionName = "Bicep CLI";

    private static readonly Lazy<string> LazyPath = new(Locate);

    public static string Path => LazyPath.Value;

    public static ExternalProcessResult RunScript(params string[] arguments) => ExternalProcess.Run(
        "bash",
        [System.IO.Path.Combine(RepositoryLayout.Root, "scripts", "bicep.sh"), .. arguments],
        TimeSpan.FromMinutes(5));

    private static string Locate()
    {
        var project = System.IO.Path.Combine(RepositoryLayout.Root, "infra", "tools", "BicepCli.csproj");
        var restore = ExternalProcess.Run("dotnet", ["restore", project, "--verbosity", "quiet"], TimeSpan.FromMinutes(5));
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException($"Restoring {project} failed: {restore.Describe()}");
        }

        var query = ExternalProcess.Run("dotnet", ["msbuild", project, "-nologo", "-getProperty:BicepPath"], TimeSpan.FromMinutes(2));
        var path = query.Output.Trim().Split('\n')[^1].Trim();
        return File.Exists(path) ? path : throw new InvalidOperationException($"No Bicep CLI at '{path}': {query.Describe()}");
    }
}
