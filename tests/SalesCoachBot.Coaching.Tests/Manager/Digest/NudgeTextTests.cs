using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Manager.Digest;

namespace SalesCoachBot.Coaching.Tests.Manager.Digest;

public sealed partial class NudgeTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void ResourceSets_BothCultures_SameKeysSamePlaceholdersNoEmptyValueNoCopies()
    {
        var english = Entries(English);
        var chinese = Entries(Chinese);

        Assert.True(english.Count > 40);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(chinese), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
        Assert.All(english, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(chinese[entry.Key])));
        Assert.Empty(chinese.Where(entry => entry.Value == english[entry.Key]).Select(entry => entry.Key));
    }

    [Fact]
    public void Get_EveryReasonAndCommand_HasItsTexts()
    {
        foreach (var reason in Enum.GetValues<StallReason>())
        {
            Assert.NotEmpty(NudgeText.Get($"Reason.{reason}", Chinese));
        }

        foreach (var command in new[] { NudgeServiceCollectionExtensions.TeamCommand, NudgeServiceCollectionExtensions.ManagerCommand, NudgeServiceCollectionExtensions.TimeZoneCommand })
        {
            foreach (var part in new[] { "Keywords", "Title", "Description" })
            {
                Assert.NotEmpty(NudgeText.Get($"Command.{command}.{part}", English));
            }
        }
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        NudgeText.ResourceSetFor(culture)!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static List<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
