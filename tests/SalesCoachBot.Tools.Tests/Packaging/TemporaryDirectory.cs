namespace SalesCoachBot.Tools.Tests.Packaging;

internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = Directory.CreateTempSubdirectory("salescoach-packaging-").FullName;
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    // A copy of the repository's manifest folder that a test may spoil.
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

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
