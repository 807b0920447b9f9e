using System.Collections;
using System.Globalization;
using SalesCoachBot.Coaching.Rep;

namespace SalesCoachBot.Coaching.Tests.Rep;

public sealed class RepTextTests
{
    [Fact]
    public void ResourceSets_BothCultures_HaveTheSameKeysAndNoEmptyValue()
    {
        var english = Entries(CultureInfo.GetCultureInfo("en-US"));
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(chinese), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void CommandKeywords_AcrossCommandsAndCultures_NeverShared()
    {
        var words = new[] { "en-US", "zh-CN" }
            .SelectMany(locale => Entries(CultureInfo.GetCultureInfo(locale)))
            .Where(entry => entry.Key.EndsWith(".Keywords", StringComparison.Ordinal))
            .SelectMany(entry => entry.Value.Split('|').Select(word => (Command: entry.Key, Word: word.ToLowerInvariant())))
            .Distinct()
            .GroupBy(pair => pair.Word)
            .Where(group => group.Select(pair => pair.Command).Distinct().Count() > 1)
            .Select(group => group.Key);

        Assert.Empty(words);
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        RepText.ResourceSetFor(culture)!.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
}
