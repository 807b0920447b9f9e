using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace SalesCoachBot.PowerMap.Tests;

public sealed class PowerMapFontTests
{
    [Fact]
    public void Typeface_HostWithNotoCjk_LoadsSimplifiedChineseFaceThatHasChineseGlyphs()
    {
        var typeface = PowerMapTestFonts.Real.Typeface;

        Assert.True(typeface is not null, "No font found: install fonts-noto-cjk (apt-get install -y fonts-noto-cjk).");
        Assert.Equal("Noto Sans CJK SC", typeface.FamilyName);
        using var font = new SKFont(typeface, 16);
        Assert.True(font.ContainsGlyphs("王建国 决策者 Key person"));
    }

    [Fact]
    public void Typeface_ConfiguredPathMissing_WarnsAndStillFindsAFont()
    {
        var logger = new RecordingLogger<PowerMapFont>();
        using var font = new PowerMapFont(
            new PowerMapFontLocator(),
            Options.Create(new PowerMapOptions { FontPath = "/nowhere/brand.ttf" }),
            logger);

        Assert.NotNull(font.Typeface);
        Assert.Contains(logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("/nowhere/brand.ttf", StringComparison.Ordinal));
    }

    [Fact]
    public void Typeface_NoFontOnHost_IsNullAndWarnsOnlyOnce()
    {
        var logger = new RecordingLogger<PowerMapFont>();
        using var font = PowerMapTestFonts.None(logger);

        Assert.Null(font.Typeface);
        Assert.Null(font.Typeface);
        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("fonts-noto-cjk", warning.Message, StringComparison.Ordinal);
    }
}
