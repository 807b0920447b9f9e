using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Tools.Tests.Packaging;

// The manifest template itself: what Teams' store rules ask beyond the schema, and the zh-CN
// file matching the English one key for key.
public sealed partial class TeamsManifestTests
{
    private static readonly string[] ExpectedCommands =
        ["prep", "deals", "gaps", "people", "stage", "debrief", "team", "practice", "progress", "help"];

    private static readonly string[] ExpectedChineseTitles =
        ["准备拜访", "我的项目", "缺口", "人员", "阶段", "拜访总结", "团队", "练习", "进度", "帮助"];

    private readonly JsonNode _manifest = Load("manifest.json");
    private readonly JsonObject _localization = Load("zh-cn.json").AsObject();

    [Fact]
    public void Manifest_Header_IsTeamsV130()
    {
        Assert.Equal("1.30", (string?)_manifest["manifestVersion"]);
        Assert.Equal(
            "https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.schema.json",
            (string?)_manifest["$schema"]);
        Assert.Equal("SalesCoachBot", (string?)_manifest["developer"]!["name"]);
    }

    [Fact]
    public void Bot_Settings_PersonalConversationalWithoutFiles()
    {
        var bot = _manifest["bots"]!.AsArray().Single()!;

        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.False((bool)bot["isNotificationOnly"]!);
    }

    [Fact]
    public void CommandList_Personal_HasTheTenCommandsInOrder()
    {
        var commands = PersonalCommands();

        Assert.Equal(ExpectedCommands, commands.Select(command => (string?)command!["title"]));
    }

    [Fact]
    public void CommandLists_EveryScope_AtMostTenCommandsWithShortTitlesAndDescriptions()
    {
        foreach (var list in _manifest["bots"]![0]!["commandLists"]!.AsArray())
        {
            var commands = list!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10);
            foreach (var command in commands)
            {
                AssertCommandTextFits((string)command!["title"]!, (string)command["description"]!);
            }
        }
    }

    [Fact]
    public void Localization_EveryCommand_HasChineseTitleAndDescriptionThatFit()
    {
        for (var index = 0; index < ExpectedCommands.Length; index++)
        {
            var title = (string?)_localization[$"bots[0].commandLists[0].commands[{index}].title"];
            var description = (string?)_localization[$"bots[0].commandLists[0].commands[{index}].description"];

            Assert.Equal(ExpectedChineseTitles[index], title);
            Assert.False(string.IsNullOrWhiteSpace(description), $"command {index} has no Chinese description");
            AssertCommandTextFits(title!, description!);
        }
    }

    [Fact]
    public void Localization_EveryKey_PointsAtAnExistingEnglishString()
    {
        foreach (var (key, _) in _localization)
        {
            if (key == "$schema")
            {
                continue;
            }

            Assert.True(Resolve(_manifest, key) is JsonValue, $"zh-cn.json key '{key}' matches nothing in manifest.json");
        }
    }

    [Fact]
    public void LocalizationInfo_DeclaresChineseFile()
    {
        var info = _manifest["localizationInfo"]!;
        var language = info["additionalLanguages"]!.AsArray().Single()!;

        Assert.Equal("en-us", (string?)info["defaultLanguageTag"]);
        Assert.Equal("zh-cn", (string?)language["languageTag"]);
        Assert.Equal("zh-cn.json", (string?)language["file"]);
    }

    private JsonArray PersonalCommands() => _manifest["bots"]![0]!["commandLists"]!.AsArray()
        .Single(list => list!["scopes"]!.AsArray().Any(scope => (string?)scope == "personal"))!["commands"]!.AsArray();

    private static void AssertCommandTextFits(string title, string description)
    {
        Assert.True(title.Length <= 32, $"title '{title}' is longer than 32 characters");
        Assert.True(description.Length <= 128, $"description '{description}' is longer than 128 characters");
    }

    // Follows a localization key such as "bots[0].commandLists[0].commands[3].title" into the manifest.
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        var node = root;
        foreach (var segment in key.Split('.'))
        {
            var match = KeySegment().Match(segment);
            node = node?[match.Groups["name"].Value];
            if (match.Groups["index"].Success)
            {
                var array = node as JsonArray;
                var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                node = array is not null && index < array.Count ? array[index] : null;
            }
        }

        return node;
    }

    private static JsonNode Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.ManifestDirectory, name)))!;

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)(\[(?<index>\d+)\])?$")]
    private static partial Regex KeySegment();
}
