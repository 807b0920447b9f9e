using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.Tools.Packaging;

namespace SalesCoachBot.Tools.Tests.Packaging;

public sealed class AppPackageOptionsValidatorTests
{
    private const string GoodAppId = "2b5f4c0e-8a51-4c57-9e1e-0c4c7b8f1a11";
    private const string GoodDomain = "salescoach.contoso.com";

    [Fact]
    public void Validate_GoodOptions_NoProblems()
    {
        Assert.Empty(AppPackageOptionsValidator.Validate(Options(GoodAppId, GoodDomain)));
    }

    [Theory]
    [InlineData("bot-7f3a.azurewebsites.net")]
    [InlineData("x1y2z3.devtunnels.ms")]
    [InlineData("SalesCoach.Contoso.COM")]
    public void Validate_HostNames_Accepted(string domain)
    {
        Assert.Empty(AppPackageOptionsValidator.Validate(Options(GoodAppId, domain)));
    }

    [Fact]
    public void Validate_MissingAppId_SaysHowToGiveIt()
    {
        var problem = Assert.Single(AppPackageOptionsValidator.Validate(Options(null, GoodDomain)));

        Assert.Contains("--app-id", problem, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("2b5f4c0e8a514c579e1e0c4c7b8f1a11")]
    [InlineData("{2b5f4c0e-8a51-4c57-9e1e-0c4c7b8f1a11}")]
    [InlineData("2b5f4c0e-8a51-4c57-9e1e-0c4c7b8f1a1")]
    public void Validate_AppIdNotAGuid_NamesTheValue(string appId)
    {
        var problem = Assert.Single(AppPackageOptionsValidator.Validate(Options(appId, GoodDomain)));

        Assert.Contains($"'{appId}' is not a GUID", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyGuid_Rejected()
    {
        var problem = Assert.Single(AppPackageOptionsValidator.Validate(Options(Guid.Empty.ToString(), GoodDomain)));

        Assert.Contains("empty GUID", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingDomain_SaysHowToGiveIt()
    {
        var problem = Assert.Single(AppPackageOptionsValidator.Validate(Options(GoodAppId, null)));

        Assert.Contains("--domain", problem, StringComparison.Ordinal);
        Assert.Contains("Bot__PublicBaseUrl", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://salescoach.contoso.com")]
    [InlineData("salescoach.contoso.com/api/messages")]
    [InlineData("salescoach.contoso.com:443")]
    [InlineData("*.contoso.com")]
    [InlineData("localhost")]
    [InlineData("10.1.2.3")]
    [InlineData("-bad.contoso.com")]
    [InlineData("sales coach.contoso.com")]
    public void Validate_DomainNotAHostName_NamesTheValue(string domain)
    {
        var problem = Assert.Single(AppPackageOptionsValidator.Validate(Options(GoodAppId, domain)));

        Assert.Contains($"'{domain}' is not a host name", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManifestFolderMissing_NamesIt()
    {
        var options = new AppPackageOptions
        {
            MicrosoftAppId = GoodAppId,
            Domain = GoodDomain,
            OutputPath = "/tmp/SalesCoachBot.zip",
            ManifestDirectory = "/nonexistent/manifest",
        };

        var problem = Assert.Single(AppPackageOptionsValidator.Validate(options));

        Assert.Contains("/nonexistent/manifest", problem, StringComparison.Ordinal);
    }

    private static AppPackageOptions Options(string? appId, string? domain) => new()
    {
        MicrosoftAppId = appId,
        Domain = domain,
        OutputPath = "/tmp/SalesCoachBot.zip",
        ManifestDirectory = RepositoryLayout.ManifestDirectory,
    };
}
