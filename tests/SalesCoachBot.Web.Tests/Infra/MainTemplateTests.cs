using System.Text.Json.Nodes;
using SalesCoachBot.TestSupport.Fixtures;
using SalesCoachBot.TestSupport.Processes;

namespace SalesCoachBot.Web.Tests.Infra;

// infra/main.bicep compiled to ARM JSON: the settings the bot depends on are there.
[Collection(BicepCli.CollectionName)]
public sealed class MainTemplateTests
{
    private static readonly Lazy<JsonNode> LazyTemplate = new(Compile);

    private static JsonNode Template => LazyTemplate.Value;

    [Fact]
    public void WebApp_SiteConfig_DotNet10LinuxHttpsWithHealthCheck()
    {
        var site = Resource("Microsoft.Web/sites");

        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("[not(variables('isFree'))]", (string?)config["alwaysOn"]);
        Assert.Contains("SystemAssigned", site["identity"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_AzureBotWithTeamsChannelAndMessagesEndpoint()
    {
        var bot = Resource("Microsoft.BotService/botServices");
        var channel = Resource("Microsoft.BotService/botServices/channels");

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
        var endpoint = (string?)Deployment("bot")["properties"]!["parameters"]!["endpoint"]!["value"];
        Assert.Contains("https://", endpoint, StringComparison.Ordinal);
        Assert.Contains("/api/messages", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_SecretsComeFromKeyVaultReferences()
    {
        var settings = Deployment("appSettings")["properties"]!["parameters"]!["settings"]!["value"]!.AsObject();

        Assert.Equal(
            ["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType", "Storage__Provider", "ConnectionStrings__SalesCoach", "Bot__PublicBaseUrl"],
            settings.Select(setting => setting.Key));
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", (string?)settings["MicrosoftAppPassword"], StringComparison.Ordinal);
        var connectionString = (string?)settings["ConnectionStrings__SalesCoach"];
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", connectionString, StringComparison.Ordinal);
        Assert.Contains("Data Source=/home/data/", connectionString, StringComparison.Ordinal);

        // deployPostgres=true switches the provider together with the connection string.
        var provider = (string?)settings["Storage__Provider"];
        Assert.Contains("parameters('deployPostgres')", provider, StringComparison.Ordinal);
        Assert.Contains("'Postgres'", provider, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", provider, StringComparison.Ordinal);
    }

    [Fact]
    public void WebApp_InstanceCountIsTheAppServicePlansCapacity()
    {
        var plan = Deployment("webApp")["properties"]!["template"]!["resources"]!.AsArray()
            .Single(r => (string?)r!["type"] == "Microsoft.Web/serverfarms")!;

        Assert.Equal("[parameters('instanceCount')]", (string?)plan["sku"]!["capacity"]);
        Assert.Equal("[parameters('instanceCount')]", (string?)Deployment("webApp")["properties"]!["parameters"]!["instanceCount"]!["value"]);
    }

    [Fact]
    public void KeyVault_RbacAndWebAppGrantedSecretsUser()
    {
        var vault = Resource("Microsoft.KeyVault/vaults");
        var assignment = Resource("Microsoft.Authorization/roleAssignments");

        Assert.True((bool)vault["properties"]!["enableRbacAuthorization"]!);
        var access = Deployment("keyVaultAccess")["properties"]!["template"]!;
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", (string?)access["variables"]!["secretsUserRoleId"]);
        Assert.Contains("secretsUserRoleId", (string?)assignment["properties"]!["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Contains("principalId", (string?)Deployment("keyVaultAccess")["properties"]!["parameters"]!["principalId"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_OptionalWithDatabaseAndAzureServicesRule()
    {
        Assert.Equal("[parameters('deployPostgres')]", (string?)Deployment("postgres")["condition"]);
        Assert.NotNull(Resource("Microsoft.DBforPostgreSQL/flexibleServers/databases"));
        var rule = Resource("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules");
        Assert.Equal("0.0.0.0", (string?)rule["properties"]!["startIpAddress"]);
        Assert.Equal("0.0.0.0", (string?)rule["properties"]!["endIpAddress"]);
    }

    private static JsonNode Deployment(string name) => Template["resources"]!.AsArray()
        .Single(resource => (string?)resource!["name"] == name)!;

    // Resources of nested module deployments included.
    private static JsonNode Resource(string type) => AllResources(Template).First(resource => (string?)resource["type"] == type);

    private static IEnumerable<JsonNode> AllResources(JsonNode template)
    {
        foreach (var resource in template["resources"]!.AsArray())
        {
            yield return resource!;
            if (resource!["properties"] is JsonObject properties && properties["template"] is { } nested)
            {
                foreach (var inner in AllResources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonNode Compile()
    {
        var result = ExternalProcess.Run(
            BicepCli.Path,
            ["build", Path.Combine(RepositoryLayout.Root, "infra", "main.bicep"), "--stdout"],
            TimeSpan.FromMinutes(2));
        return result.ExitCode == 0
            ? JsonNode.Parse(result.Output)!
            : throw new InvalidOperationException($"bicep build failed: {result.Describe()}");
    }
}
