namespace SalesCoachBot.TestSupport.Fixtures;

// Where the repository's files are, found from the test binaries by walking up to the solution
// file; shared/ (the official schemas) sits beside the repository.
public static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string ManifestDirectory => Path.Combine(Root, "manifest");

    public static string SharedDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TeamsSchemaPath =>
        Path.Combine(SharedDirectory, "schemas", "MicrosoftTeams.schema.v1.30.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesCoachBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SalesCoachBot.sln above {AppContext.BaseDirectory}.");
    }
}
