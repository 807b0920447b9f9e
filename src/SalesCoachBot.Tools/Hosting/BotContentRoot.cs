namespace SalesCoachBot.Tools.Hosting;

/// <summary>
/// Where the bot runs from in a checkout: <c>src/SalesCoachBot.Web</c>, found from the current folder
/// or the tool's own. <c>dotnet run --project src/SalesCoachBot.Web</c> uses that folder as its content
/// root, so the tools read the same appsettings.json and the same <c>data/salescoach.db</c>.
/// </summary>
internal static class BotContentRoot
{
    private const string SolutionFileName = "SalesCoachBot.sln";

    private static readonly string BotFolder = Path.Combine("src", "SalesCoachBot.Web");

    /// <summary>The bot's folder, or null outside a checkout (the host then uses the current folder).</summary>
    public static string? Find()
    {
        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        var folder = root is null ? null : Path.Combine(root, BotFolder);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>The folder holding SalesCoachBot.sln at or above <paramref name="start"/>.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
