using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesCoachBot.Tools.Packaging;

// Builds the zip Teams accepts for "Upload a custom app": the filled manifest, its zh-CN
// localization and the two icons, all at the root of the archive.
internal static partial class AppPackageBuilder
{
    public const string ManifestFileName = "manifest.json";
    public const string LocalizationFileName = "zh-cn.json";
    public const string ColorIconFileName = "color.png";
    public const string OutlineIconFileName = "outline.png";

    public static readonly IReadOnlyList<string> EntryNames =
        [ManifestFileName, LocalizationFileName, ColorIconFileName, OutlineIconFileName];

    // A fixed time stamp keeps the zip byte-for-byte the same for the same inputs.
    private static readonly DateTimeOffset EntryTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Options must have passed AppPackageOptionsValidator. Returns the path of the zip written.
    public static string Build(AppPackageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var manifestDirectory = options.ManifestDirectory
            ?? throw new InvalidOperationException("The manifest folder is not set.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BOT_ID"] = options.MicrosoftAppId ?? throw new InvalidOperationException("The app id is not set."),
            ["BOT_DOMAIN"] = options.Domain ?? throw new InvalidOperationException("The domain is not set."),
        };

        // Everything is read and checked before the zip is opened, so a failure leaves no package.
        var entries = new List<(string Name, byte[] Content)>();
        foreach (var name in EntryNames)
        {
            var path = Path.Combine(manifestDirectory, name);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"'{path}' is missing; the package needs {string.Join(", ", EntryNames)}.");
            }

            var content = name.EndsWith(".json", StringComparison.Ordinal)
                ? Utf8NoBom.GetBytes(FillJson(name, File.ReadAllText(path, Encoding.UTF8), values))
                : File.ReadAllBytes(path);
            entries.Add((name, content));
        }

        var outputPath = Path.GetFullPath(options.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var temporaryPath = outputPath + ".tmp";
        using (var stream = File.Create(temporaryPath))
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTimestamp;
                using var entryStream = entry.Open();
                entryStream.Write(content);
            }
        }

        File.Move(temporaryPath, outputPath, overwrite: true);
        return outputPath;
    }

    internal static string FillJson(string fileName, string template, IReadOnlyDictionary<string, string> values)
    {
        var filled = Placeholder().Replace(
            template,
            match => values.TryGetValue(match.Groups["name"].Value, out var value) ? value : match.Value);

        var unfilled = Placeholder().Matches(filled).Select(match => match.Value).Distinct().ToList();
        if (unfilled.Count > 0)
        {
            throw new InvalidOperationException(
                $"{fileName} still contains {string.Join(", ", unfilled)} after filling; "
                + $"the packager knows only {string.Join(", ", values.Keys.Select(key => "${{" + key + "}}"))}.");
        }

        try
        {
            using var document = JsonDocument.Parse(filled);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{fileName} is not valid JSON after filling: {exception.Message}", exception);
        }

        return filled;
    }

    [GeneratedRegex(@"\$\{\{\s*(?<name>[^}]*?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
