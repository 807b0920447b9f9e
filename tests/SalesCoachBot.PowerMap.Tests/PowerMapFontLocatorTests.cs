
namespace SalesCoachBot.PowerMap.Tests;

public sealed class PowerMapFontLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("powermap-fonts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Locate_ConfiguredFileExists_ReturnsItBeforeWellKnownFiles()
    {
        var configured = Touch("custom/MyBrand.otf");
        var wellKnown = Touch("well-known/NotoSansCJK-Regular.ttc");
        var locator = new PowerMapFontLocator([wellKnown], [_root]);

        Assert.Equal(configured, locator.Locate(configured));
    }

    [Fact]
    public void Locate_ConfiguredFileMissing_FallsBackToFirstExistingWellKnownFile()
    {
        var second = Touch("well-known/wqy-microhei.ttc");
        var locator = new PowerMapFontLocator([Path.Combine(_root, "absent.ttc"), second], [_root]);

        Assert.Equal(second, locator.Locate(Path.Combine(_root, "nowhere.ttf")));
    }

    [Fact]
    public void Locate_NoWellKnownFile_PrefersRegularCjkFileFoundUnderSearchFolders()
    {
        Touch("truetype/dejavu/DejaVuSans.ttf");
        Touch("truetype/wqy/wqy-zenhei.ttc");
        Touch("opentype/noto/NotoSansCJK-Bold.ttc");
        var regular = Touch("opentype/noto/NotoSansCJK-Regular.ttc");
        var locator = new PowerMapFontLocator([Path.Combine(_root, "absent.ttc")], [_root]);

        Assert.Equal(regular, locator.Locate(configuredPath: null));
    }

    [Fact]
    public void Locate_OnlyWqyAndLatinFonts_PrefersWqy()
    {
        Touch("a/DejaVuSans.ttf");
        var wqy = Touch("z/wqy-microhei.ttc");
        var locator = new PowerMapFontLocator([], [_root]);

        Assert.Equal(wqy, locator.Locate(configuredPath: null));
    }

    [Fact]
    public void Locate_OnlyLatinFonts_ReturnsAFontFileAndIgnoresOtherFiles()
    {
        Touch("a/fonts.dir");
        Touch("a/LICENSE.txt");
        var dejaVu = Touch("b/DejaVuSans.ttf");
        var locator = new PowerMapFontLocator([], [_root]);

        Assert.Equal(dejaVu, locator.Locate(configuredPath: null));
    }

    [Fact]
    public void Locate_NoFontAnywhere_ReturnsNull()
    {
        Touch("a/readme.txt");
        var locator = new PowerMapFontLocator([Path.Combine(_root, "absent.ttc")], [_root, Path.Combine(_root, "missing-folder")]);

        Assert.Null(locator.Locate(configuredPath: null));
    }

    private string Touch(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0]);
        return path;
    }
}
