using System.Globalization;
using SalesCoachBot.Coaching.Practice.Questions;

namespace SalesCoachBot.Coaching.Tests.Practice.Questions;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = new("决策链", "Decision chain");

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-TW")]
    [InlineData("zh")]
    public void Get_ChineseCulture_ReturnsChinese(string culture) =>
        Assert.Equal("决策链", Text.Get(CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    public void Get_OtherCulture_ReturnsEnglish(string culture) =>
        Assert.Equal("Decision chain", Text.Get(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Get_InvariantCulture_ReturnsEnglish() =>
        Assert.Equal("Decision chain", Text.Get(CultureInfo.InvariantCulture));

    [Fact]
    public void Get_PreferredLanguageBlank_FallsBackToTheOther()
    {
        var chineseOnly = new LocalizedText("决策链", " ");

        Assert.Equal("决策链", chineseOnly.Get(CultureInfo.GetCultureInfo("en-US")));
    }
}
