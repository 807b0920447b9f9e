using System.IO.Compression;
using System.Text.Json.Nodes;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.Tools.Packaging;

namespace SalesCoachBot.Tools.Tests.Packaging;

// A zip built by the real packager from the repository's manifest folder, read back entry by entry.
internal sealed class PackagedApp
{
    public const string AppId = "2b5f4c0e-8a51-4c57-9e1e-0c4c7b8f1a11";
    public const string Domain = "salescoach.contoso.com";

    private PackagedApp(string zipPath, IReadOnlyDictionary<string, byte[]> entries)
    {
        ZipPath = zipPath;
        Entries = entries;
    }

    public string ZipPath { get; }

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public string Text(string name) => System.Text.Encoding.UTF8.GetString(Entries[name]);

    public JsonNode Json(string name) => JsonNode.Parse(Text(name))!;

    public static PackagedApp Build(TempDirectory directory, string? manifestDirectory = null)
    {
        var zipPath = AppPackageBuilder.Build(new AppPackageOptions
        {
            MicrosoftAppId = AppId,
            Domain = Domain,
            OutputPath = directory.Combine("SalesCoachBot.zip"),
            ManifestDirectory = manifestDirectory ?? RepositoryLayout.ManifestDirectory,
        });
        return Read(zipPath);
    }

    public static PackagedApp Read(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries.Add(entry.FullName, buffer.ToArray());
        }

        return new PackagedApp(zipPath, entries);
    }
}
