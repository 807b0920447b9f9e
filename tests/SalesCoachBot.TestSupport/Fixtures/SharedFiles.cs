namespace SalesCoachBot.TestSupport.Fixtures;

/// <summary>The project's shared, read-only test material (<c>../shared</c> next to the repository).</summary>
public static class SharedFiles
{
    public static string Root { get; } = Locate();

    public static string TeamsFixtures => Path.Combine(Root, "fixtures", "teams");

    public static string TeamsFixture(string name) => Path.Combine(TeamsFixtures, name);

    public static string Schema(string name) => Path.Combine(Root, "schemas", name);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesCoachBot.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"No shared folder next to {dir.FullName}.");
            }
        }

        throw new DirectoryNotFoundException("SalesCoachBot.sln not found above " + AppContext.BaseDirectory);
    }
}
