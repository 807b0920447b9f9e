namespace SalesCoachBot.PowerMap;

/// <summary>
/// Finds a font file for the picture without fontconfig (the NoDependencies native build has none):
/// the configured file, then well-known CJK files, then CJK-looking files under the font folders,
/// then any .ttf/.otf/.ttc there. Names come first because opening every font file to test its
/// glyphs would cost seconds on a host with many fonts.
/// </summary>
internal sealed class PowerMapFontLocator
{
    private static readonly string[] DefaultWellKnownFiles =
    [
        // Debian / Ubuntu: fonts-noto-cjk.
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        // Fedora: google-noto-sans-cjk-fonts; Arch: noto-fonts-cjk.
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        // Debian / Ubuntu: fonts-wqy-microhei, fonts-wqy-zenhei.
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        // Alpine: font-noto-cjk.
        "/usr/share/fonts/noto/NotoSansCJK-Regular.ttc",
        // Windows (Microsoft YaHei) and macOS (PingFang).
        @"C:\Windows\Fonts\msyh.ttc",
        "/System/Library/Fonts/PingFang.ttc",
    ];

    private static readonly string[] CjkNameMarks = ["CJK", "wqy", "SourceHan"];

    private static readonly string[] FontExtensions = [".ttf", ".otf", ".ttc"];

    private readonly IReadOnlyList<string> _wellKnownFiles;
    private readonly IReadOnlyList<string> _searchDirectories;

    public PowerMapFontLocator()
        : this(DefaultWellKnownFiles, DefaultSearchDirectories())
    {
    }

    internal PowerMapFontLocator(IReadOnlyList<string> wellKnownFiles, IReadOnlyList<string> searchDirectories)
    {
        _wellKnownFiles = wellKnownFiles;
        _searchDirectories = searchDirectories;
    }

    /// <summary>The font file to use, or null when this host has none.</summary>
    public string? Locate(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath) && File.Exists(configuredPath))
        {
            return configuredPath;
        }

        var wellKnown = _wellKnownFiles.FirstOrDefault(File.Exists);
        if (wellKnown is not null)
        {
            return wellKnown;
        }

        var candidates = _searchDirectories
            .Where(Directory.Exists)
            .SelectMany(EnumerateFontFiles)
            .ToList();

        foreach (var mark in CjkNameMarks)
        {
            var cjk = Best(candidates.Where(path => Path.GetFileName(path).Contains(mark, StringComparison.OrdinalIgnoreCase)));
            if (cjk is not null)
            {
                return cjk;
            }
        }

        return Best(candidates);
    }

    private static IReadOnlyList<string> DefaultSearchDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var system = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        string[] directories =
        [
            "/usr/share/fonts",
            "/usr/local/share/fonts",
            string.IsNullOrEmpty(home) ? string.Empty : Path.Combine(home, ".local", "share", "fonts"),
            string.IsNullOrEmpty(home) ? string.Empty : Path.Combine(home, ".fonts"),
            system,
        ];
        return [.. directories.Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> EnumerateFontFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(path => FontExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase));
    }

    // A regular-weight sans face reads best at small sizes; the path breaks ties so the choice is stable.
    private static string? Best(IEnumerable<string> paths) => paths
        .OrderByDescending(Preference)
        .ThenBy(path => path, StringComparer.Ordinal)
        .FirstOrDefault();

    private static int Preference(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var score = 0;
        if (name.Contains("Regular", StringComparison.OrdinalIgnoreCase))
        {
            score += 2;
        }

        if (name.Contains("Sans", StringComparison.OrdinalIgnoreCase))
        {
            score += 1;
        }

        string[] awkward = ["Bold", "Black", "Light", "Thin", "Mono", "Italic", "Oblique"];
        if (awkward.Any(mark => name.Contains(mark, StringComparison.OrdinalIgnoreCase)))
        {
            score -= 2;
        }

        return score;
    }
}
