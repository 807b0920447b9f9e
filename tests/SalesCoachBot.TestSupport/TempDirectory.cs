using SalesCoachBot.TestSupport.Databases;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.TestSupport;

/// <summary>A folder for a test's files and its default database, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "salescoach-tests", Guid.NewGuid().ToString("N"));

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A copy of the repository's manifest folder that a test may spoil.</summary>
    public string CopyManifestDirectory()
    {
        var target = Combine("manifest");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(RepositoryLayout.ManifestDirectory))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose()
    {
        TestDatabase.Delete(TestDatabase.DefaultPath(Path));
        Directory.Delete(Path, recursive: true);
    }
}
