using SalesCoachBot.TestSupport.Databases;

namespace SalesCoachBot.TestSupport;

/// <summary>A folder for a test's files and its default database, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "salescoach-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        TestDatabase.Delete(TestDatabase.DefaultPath(Path));
        Directory.Delete(Path, recursive: true);
    }
}
