using Microsoft.Extensions.Configuration;
using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.Tools.Packaging;

namespace SalesCoachBot.Tools.Tests.Packaging;

public sealed class PackageCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void Run_CommandLineArguments_WritesTheZipWhereAsked()
    {
        var zipPath = _directory.Combine("out/SalesCoachBot.zip");
        var configuration = AppPackageOptionsReader.BuildConfiguration(
            ["--app-id", PackagedApp.AppId, "--domain", PackagedApp.Domain, "--out", zipPath,
             "--manifest-dir", RepositoryLayout.ManifestDirectory]);

        var exitCode = PackageCommand.Run(configuration, _output, _error);

        Assert.True(exitCode == PackageCommand.Success, _error.ToString());
        Assert.Equal(PackagedApp.AppId, (string?)PackagedApp.Read(zipPath).Json("manifest.json")["id"]);
        Assert.Contains(zipPath, _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DomainFromPublicBaseUrlSetting_IsUsed()
    {
        var zipPath = _directory.Combine("SalesCoachBot.zip");
        var configuration = Configuration(new()
        {
            ["MicrosoftAppId"] = PackagedApp.AppId,
            ["Bot:PublicBaseUrl"] = "https://bot-7f3a.azurewebsites.net/",
            ["Packaging:Output"] = zipPath,
        });

        var exitCode = PackageCommand.Run(configuration, _output, _error);

        Assert.True(exitCode == PackageCommand.Success, _error.ToString());
        var manifest = PackagedApp.Read(zipPath).Json("manifest.json");
        Assert.Equal("bot-7f3a.azurewebsites.net", (string?)manifest["validDomains"]![0]);
    }

    [Fact]
    public void Run_NoSettings_FailsListingEveryMissingSettingAndWritesNothing()
    {
        var zipPath = _directory.Combine("SalesCoachBot.zip");
        var configuration = Configuration(new() { ["Packaging:Output"] = zipPath });

        var exitCode = PackageCommand.Run(configuration, _output, _error);

        Assert.Equal(PackageCommand.BadConfiguration, exitCode);
        var error = _error.ToString();
        Assert.Contains("Cannot build the Teams app package", error, StringComparison.Ordinal);
        Assert.Contains("app id is missing", error, StringComparison.Ordinal);
        Assert.Contains("domain is missing", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void Run_AppIdNotAGuid_FailsWithClearMessage()
    {
        var zipPath = _directory.Combine("SalesCoachBot.zip");
        var configuration = AppPackageOptionsReader.BuildConfiguration(
            ["--app-id", "my-bot", "--domain", PackagedApp.Domain, "--out", zipPath]);

        var exitCode = PackageCommand.Run(configuration, _output, _error);

        Assert.Equal(PackageCommand.BadConfiguration, exitCode);
        Assert.Contains("The app id 'my-bot' is not a GUID", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void Run_DomainIsAUrl_FailsWithClearMessage()
    {
        var zipPath = _directory.Combine("SalesCoachBot.zip");
        var configuration = AppPackageOptionsReader.BuildConfiguration(
            ["--app-id", PackagedApp.AppId, "--domain", "https://salescoach.contoso.com/", "--out", zipPath]);

        var exitCode = PackageCommand.Run(configuration, _output, _error);

        Assert.Equal(PackageCommand.BadConfiguration, exitCode);
        Assert.Contains("is not a host name", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void Run_TemplateWithUnknownPlaceholder_FailsAndWritesNothing()
    {
        var manifestDirectory = _directory.CopyManifestDirectory();
        var localizationPath = Path.Combine(manifestDirectory, "zh-cn.json");
        File.WriteAllText(
            localizationPath,
            File.ReadAllText(localizationPath).Replace("销售教练", "${{APP_NAME}}", StringComparison.Ordinal));
        var zipPath = _directory.Combine("SalesCoachBot.zip");
        var configuration = AppPackageOptionsReader.BuildConfiguration(
            ["--app-id", PackagedApp.AppId, "--domain", PackagedApp.Domain, "--out", zipPath, "--manifest-dir", manifestDirectory]);

        var exitCode = PackageCommand.Run(configuration, _output, _error);

        Assert.Equal(PackageCommand.BuildFailed, exitCode);
        Assert.Contains("${{APP_NAME}}", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
