using System.Text.Json.Nodes;

namespace SalesCoachBot.TestSupport.Fixtures;

/// <summary>
/// The real recorded Teams payloads in <c>shared/fixtures/teams</c>, found beside the repository
/// (the folder holding <c>SalesCoachBot.sln</c>).
/// </summary>
public static class TeamsFixtures
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The body Teams posted, from a botbuilder-js request recording.</summary>
    public static JsonObject RecordedRequestBody(string fileName) => Read(fileName)["body"]!.AsObject().DeepClone().AsObject();

    /// <summary>A header of a botbuilder-js request recording, e.g. its content type.</summary>
    public static string RecordedRequestHeader(string fileName, string header) => Read(fileName)["headers"]![header]!.GetValue<string>();

    /// <summary>A whole file that is one activity (teams.net extracts).</summary>
    public static JsonObject Activity(string fileName) => Read(fileName).AsObject();

    /// <summary>A named activity of a chat replay file.</summary>
    public static JsonObject ReplayActivity(string fileName, string name) => Read(fileName)[name]!.AsObject().DeepClone().AsObject();

    public static string ReadText(string fileName) => File.ReadAllText(Path.Combine(Folder.Value, fileName));

    public static string SchemaPath(string fileName) => Path.Combine(Folder.Value, "..", "..", "schemas", fileName);

    private static JsonNode Read(string fileName) =>
        JsonNode.Parse(ReadText(fileName)) ?? throw new InvalidOperationException($"{fileName} is empty.");

    private static string FindFolder() => SharedFiles.TeamsFixtures;
}
