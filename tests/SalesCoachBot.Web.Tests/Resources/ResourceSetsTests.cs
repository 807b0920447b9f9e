using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace SalesCoachBot.Web.Tests.Resources;

/// <summary>
/// Every user-facing resource set of every assembly the bot ships (Dialogs, Coaching, Web …), found by
/// enumerating their embedded <c>.resources</c>, so a new feature's texts are checked without a test
/// of their own: the same keys in zh-CN and en-US, the same placeholders, no empty value and no
/// untranslated copy.
/// </summary>
public sealed partial class ResourceSetsTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static TheoryData<string> ResourceSets()
    {
        var data = new TheoryData<string>();
        foreach (var (assembly, baseName) in All())
        {
            data.Add($"{assembly.GetName().Name}|{baseName}");
        }

        return data;
    }

    [Fact]
    public void All_TheShippedAssemblies_HaveTheirTextResources()
    {
        var names = All().Select(set => set.Assembly.GetName().Name).Distinct().ToList();

        Assert.Contains("SalesCoachBot.Dialogs", names);
        Assert.Contains("SalesCoachBot.Coaching", names);
        Assert.Contains("SalesCoachBot.Web", names);
    }

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void ResourceSet_BothCultures_SameKeysSamePlaceholdersNoEmptyNoCopy(string id)
    {
        var (assembly, baseName) = All().Single(set => $"{set.Assembly.GetName().Name}|{set.BaseName}" == id);
        var manager = new ResourceManager(baseName, assembly);
        var english = Entries(manager, CultureInfo.InvariantCulture);
        var chinese = Entries(manager, Chinese);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(chinese), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{baseName}: {entry.Key} is empty"));
        Assert.All(english, entry => Assert.True(
            Placeholders(entry.Value).SetEquals(Placeholders(chinese[entry.Key])),
            $"{baseName}: {entry.Key} has placeholders {string.Join(",", Placeholders(entry.Value))} in en-US but {string.Join(",", Placeholders(chinese[entry.Key]))} in zh-CN"));
        var copies = english.Where(entry => entry.Value == chinese[entry.Key] && HasWords(entry.Value)).Select(entry => entry.Key).ToList();
        Assert.True(copies.Count == 0, $"{baseName}: untranslated in zh-CN: {string.Join(", ", copies)}");
    }

    private static IEnumerable<(Assembly Assembly, string BaseName)> All()
    {
        string[] shipped = ["SalesCoachBot.Protocol", "SalesCoachBot.Dialogs", "SalesCoachBot.Coaching", "SalesCoachBot.PowerMap", "SalesCoachBot.Data", "SalesCoachBot.Web"];
        foreach (var name in shipped)
        {
            var assembly = Assembly.Load(name);
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(".resources", StringComparison.Ordinal)))
            {
                yield return (assembly, resource[..^".resources".Length]);
            }
        }
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture) =>
        (manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {culture.Name} resources for {manager.BaseName}."))
        .Cast<DictionaryEntry>()
        .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    // Words a reader would translate: a run of two Latin letters. Codes, numbers, symbols and
    // names that stay the same in both languages (e.g. "KP", "IANA") are allowed when short.
    private static bool HasWords(string text) => Words().Matches(text).Sum(m => m.Length) > 6;

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();
}
