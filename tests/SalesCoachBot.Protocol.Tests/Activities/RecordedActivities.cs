using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.TestSupport.Fixtures;

namespace SalesCoachBot.Protocol.Tests.Activities;

/// <summary>
/// The activities inside the recorded Teams files, whatever their wrapping: nock request and reply
/// captures carry one in <c>body</c>, chat-replay files hold named activities, teams.net files are
/// bare activities. The keys and token files are not activities.
/// </summary>
internal static class RecordedActivities
{
    /// <summary>(file name, JSON pointer-like location) of every recorded activity.</summary>
    public static IEnumerable<(string File, string Location)> All()
    {
        foreach (var path in Directory.EnumerateFiles(SharedFiles.TeamsFixtures, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (file.StartsWith("botframework-", StringComparison.Ordinal))
            {
                continue;
            }

            var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            if (file.StartsWith("botbuilder-js-", StringComparison.Ordinal))
            {
                yield return (file, "body");
            }
            else if (file.StartsWith("chat-replay-", StringComparison.Ordinal))
            {
                foreach (var (name, value) in root)
                {
                    if (value is JsonObject candidate && candidate["type"] is JsonValue)
                    {
                        yield return (file, name);
                    }
                }
            }
            else
            {
                yield return (file, string.Empty);
            }
        }
    }

    public static JsonObject Load(string file, string location)
    {
        var root = JsonNode.Parse(File.ReadAllText(SharedFiles.TeamsFixture(file)))!.AsObject();
        return (location.Length == 0 ? root : root[location]!.AsObject());
    }

    public static string LoadText(string file, string location) => Load(file, location).ToJsonString();

    public static Protocol.Activities.Activity Activity(string file, string location) =>
        JsonSerializer.Deserialize<Protocol.Activities.Activity>(LoadText(file, location), Protocol.Activities.ProtocolJson.Options)!;
}
