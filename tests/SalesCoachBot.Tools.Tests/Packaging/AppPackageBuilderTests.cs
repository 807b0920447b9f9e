using System.Text.Json.Nodes;
using NJsonSchema;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Fixtures;
using SkiaSharp;

namespace SalesCoachBot.Tools.Tests.Packaging;

public sealed class AppPackageBuilderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Build_ValidOptions_ZipHoldsExactlyTheFourFilesAtTheRoot()
    {
        var app = PackagedApp.Build(_directory);

        Assert.Equal(
            ["color.png", "manifest.json", "outline.png", "zh-cn.json"],
            app.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Build_ValidOptions_ManifestIsValidAgainstTeamsSchemaV130()
    {
        var app = PackagedApp.Build(_directory);
        var schema = await JsonSchema.FromFileAsync(RepositoryLayout.TeamsSchemaPath);

        var errors = schema.Validate(app.Text("manifest.json"));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(error => error.ToString())));
    }

    [Fact]
    public async Task Build_ValidOptions_LocalizationIsValidAgainstLocalizationSchema()
    {
        var app = PackagedApp.Build(_directory);
        var schema = await JsonSchema.FromFileAsync(ManifestTools.LocalizationSchemaPath);

        var errors = schema.Validate(app.Text("zh-cn.json"));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(error => error.ToString())));
    }

    [Fact]
    public void Build_ValidOptions_ManifestPassesMicrosoftsOwnValidator()
    {
        var app = PackagedApp.Build(_directory);
        var manifestPath = _directory.Combine("manifest.json");
        File.WriteAllBytes(manifestPath, app.Entries["manifest.json"]);

        var result = ManifestTools.ValidateManifest(manifestPath);

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public void Build_ValidOptions_AppIdAndDomainAreFilledEverywhere()
    {
        var manifest = PackagedApp.Build(_directory).Json("manifest.json");

        Assert.Equal(PackagedApp.AppId, (string?)manifest["id"]);
        Assert.Equal(PackagedApp.AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(PackagedApp.AppId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal([PackagedApp.Domain], manifest["validDomains"]!.AsArray().Select(domain => (string?)domain));
        Assert.Equal("https://salescoach.contoso.com/", (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal("https://salescoach.contoso.com/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://salescoach.contoso.com/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Fact]
    public void Build_ValidOptions_NoPlaceholderReachesTheZip()
    {
        var app = PackagedApp.Build(_directory);

        foreach (var name in new[] { "manifest.json", "zh-cn.json" })
        {
            Assert.DoesNotContain("${{", app.Text(name), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_UnknownPlaceholderInTemplate_FailsNamingItAndWritesNoZip()
    {
        var manifestDirectory = _directory.CopyManifestDirectory();
        var manifestPath = Path.Combine(manifestDirectory, "manifest.json");
        File.WriteAllText(
            manifestPath,
            File.ReadAllText(manifestPath).Replace("\"version\": \"1.0.0\"", "\"version\": \"${{APP_VERSION}}\"", StringComparison.Ordinal));

        var exception = Assert.Throws<InvalidOperationException>(() => PackagedApp.Build(_directory, manifestDirectory));

        Assert.Contains("${{APP_VERSION}}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("manifest.json", exception.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_directory.Path));
    }

    [Fact]
    public void Build_PlaceholderInLocalization_IsCheckedToo()
    {
        var manifestDirectory = _directory.CopyManifestDirectory();
        var localizationPath = Path.Combine(manifestDirectory, "zh-cn.json");
        var localization = JsonNode.Parse(File.ReadAllText(localizationPath))!;
        localization["name.full"] = "${{ BOT_NAME }}";
        File.WriteAllText(localizationPath, localization.ToJsonString());

        var exception = Assert.Throws<InvalidOperationException>(() => PackagedApp.Build(_directory, manifestDirectory));

        Assert.Contains("zh-cn.json", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.Combine("SalesCoachBot.zip")));
    }

    [Fact]
    public void Build_MissingIcon_FailsNamingTheFile()
    {
        var manifestDirectory = _directory.CopyManifestDirectory();
        File.Delete(Path.Combine(manifestDirectory, "outline.png"));

        var exception = Assert.Throws<InvalidOperationException>(() => PackagedApp.Build(_directory, manifestDirectory));

        Assert.Contains("outline.png", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.Combine("SalesCoachBot.zip")));
    }

    [Fact]
    public void Build_SameInputsTwice_SameBytes()
    {
        var first = File.ReadAllBytes(PackagedApp.Build(_directory).ZipPath);
        var second = File.ReadAllBytes(PackagedApp.Build(_directory).ZipPath);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Build_ValidOptions_IconIsPngOfTheRightSize(string name, int size)
    {
        var bytes = PackagedApp.Build(_directory).Entries[name];

        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal(size, codec.Info.Width);
        Assert.Equal(size, codec.Info.Height);
    }

    [Fact]
    public void Build_ValidOptions_OutlineIsWhiteOnTransparent()
    {
        using var bitmap = SKBitmap.Decode(PackagedApp.Build(_directory).Entries["outline.png"]);
        var pixels = bitmap.Pixels;

        var offending = pixels.Where(pixel => pixel.Alpha != 0 && pixel != SKColors.White).ToList();
        Assert.True(offending.Count == 0, $"{offending.Count} pixels are neither transparent nor white, e.g. {offending.FirstOrDefault()}");
        Assert.Contains(pixels, pixel => pixel.Alpha == 0);
        Assert.Contains(pixels, pixel => pixel == SKColors.White);
    }

    [Fact]
    public void Build_ValidOptions_ColorIconIsOpaqueAndInColour()
    {
        using var bitmap = SKBitmap.Decode(PackagedApp.Build(_directory).Entries["color.png"]);
        var pixels = bitmap.Pixels;

        Assert.All(pixels, pixel => Assert.Equal(255, pixel.Alpha));
        Assert.Contains(pixels, pixel => pixel.Red != pixel.Green || pixel.Green != pixel.Blue);
        Assert.True(pixels.Distinct().Count() > 2, "the colour icon should carry a mark, not one flat colour");
    }
}
