using System.Collections;
using System.Globalization;
using SalesCoachBot.Coaching.Practice;

namespace SalesCoachBot.Coaching.Tests.Practice;

public sealed class PracticeTextTests
{
    [Fact]
    public void ResourceSets_BothCultures_HaveTheSameNonEmptyKeys()
    {
        var english = Entries(CultureInfo.GetCultureInfo("en-US"));
        var chinese = Entries(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Contains("Command.practice.Keywords", english.Keys);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(chinese), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void Get_ChineseCulture_GivesTheChineseCommandWord() =>
        Assert.Equal("练习", PracticeText.Get("Command.practice.Title", CultureInfo.GetCultureInfo("zh-CN")));

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        PracticeText.ResourceSetFor(culture)!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
