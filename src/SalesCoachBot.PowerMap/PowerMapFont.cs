using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// The typeface the picture's text is drawn with, loaded once on first use. Null when no font file
/// was found: SkiaSharp's default typeface has no glyphs on such hosts, so the renderer then draws
/// shapes and colours only, and the warning says how to fix it.
/// </summary>
internal sealed partial class PowerMapFont : IDisposable
{
    // A font collection (.ttc) holds one face per region; the simplified Chinese one draws 中文 the
    // way zh-CN readers expect.
    private const int MaxFacesInCollection = 32;

    private readonly Lazy<SKTypeface?> _typeface;
    private readonly PowerMapFontLocator _locator;
    private readonly string? _configuredPath;
    private readonly ILogger<PowerMapFont> _logger;

    public PowerMapFont(PowerMapFontLocator locator, IOptions<PowerMapOptions> options, ILogger<PowerMapFont> logger)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _locator = locator;
        _configuredPath = options.Value.FontPath;
        _logger = logger;
        _typeface = new Lazy<SKTypeface?>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SKTypeface? Typeface => _typeface.Value;

    public void Dispose()
    {
        if (_typeface.IsValueCreated)
        {
            _typeface.Value?.Dispose();
        }
    }

    private SKTypeface? Load()
    {
        if (!string.IsNullOrWhiteSpace(_configuredPath) && !File.Exists(_configuredPath))
        {
            LogConfiguredFontMissing(_logger, _configuredPath);
        }

        var path = _locator.Locate(_configuredPath);
        var typeface = path is null ? null : LoadPreferredFace(path);
        if (typeface is null)
        {
            LogNoFont(_logger, path ?? "(none)");
            return null;
        }

        LogFontLoaded(_logger, path!, typeface.FamilyName);
        return typeface;
    }

    private static SKTypeface? LoadPreferredFace(string path)
    {
        SKTypeface? first = null;
        for (var index = 0; index < MaxFacesInCollection; index++)
        {
            var face = SKTypeface.FromFile(path, index);
            if (face is null)
            {
                break;
            }

            if (IsSimplifiedChinese(face.FamilyName))
            {
                first?.Dispose();
                return face;
            }

            if (first is null)
            {
                first = face;
            }
            else
            {
                face.Dispose();
            }
        }

        return first;
    }

    private static bool IsSimplifiedChinese(string familyName) =>
        familyName.EndsWith(" SC", StringComparison.Ordinal)
        || familyName.Contains(" SC ", StringComparison.Ordinal)
        || familyName.Contains("Simplified", StringComparison.OrdinalIgnoreCase)
        || familyName.Contains("YaHei", StringComparison.OrdinalIgnoreCase)
        || familyName.Contains("WenQuanYi", StringComparison.OrdinalIgnoreCase)
        || familyName.StartsWith("PingFang SC", true, CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PowerMap:FontPath '{Path}' does not exist; looking for another font.")]
    private static partial void LogConfiguredFontMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No usable font for the power-map picture (found: {Path}); it will show shapes and colours without names. " +
            "Install a CJK font (e.g. apt-get install fonts-noto-cjk) or set PowerMap:FontPath.")]
    private static partial void LogNoFont(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Power-map font: {Path} ({Family}).")]
    private static partial void LogFontLoaded(ILogger logger, string path, string family);
}
