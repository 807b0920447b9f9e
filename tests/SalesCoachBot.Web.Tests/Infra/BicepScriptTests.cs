using SalesCoachBot.TestSupport;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Web.Tests.Infra;

[Collection(BicepCli.CollectionName)]
public sealed class BicepScriptTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Script_RepositoryTemplates_ExitsZero()
    {
        var result = BicepCli.RunScript();

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Contains("build and lint clean", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_CompilerWarning_ExitsNonZero()
    {
        // Bicep exits 0 on this warning (unknown resource type); the script must not.
        var template = _directory.Combine("unknown-type.bicep");
        File.WriteAllText(template, "resource thing 'Contoso.Unknown/things@2020-01-01' = {\n  name: 'x'\n}\n");

        var result = BicepCli.RunScript(template);

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains("BCP081", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_LinterFinding_ExitsNonZero()
    {
        File.Copy(Path.Combine(RepositoryLayout.Root, "infra", "bicepconfig.json"), _directory.Combine("bicepconfig.json"));
        var template = _directory.Combine("unused-param.bicep");
        File.WriteAllText(template, "param unused string\noutput greeting string = 'hello'\n");

        var result = BicepCli.RunScript(template);

        Assert.True(result.ExitCode != 0, result.Describe());
        Assert.Contains("no-unused-params", result.Error, StringComparison.Ordinal);
    }
}
