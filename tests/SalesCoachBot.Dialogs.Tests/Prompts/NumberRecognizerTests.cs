using System.Globalization;
using SalesCoachBot.Dialogs.Prompts;

namespace SalesCoachBot.Dialogs.Tests.Prompts;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2")]
    [InlineData("12,34,567")]
    public void TryRecognize_NotANumber_False(string text)
    {
        Assert.False(NumberRecognizer.TryRecognize(text, CultureInfo.GetCultureInfo("en-US"), out _));
    }

    [Theory]
    [InlineData("十", 10)]
    [InlineData("二十", 20)]
    [InlineData("三万五千", 35000)]
    [InlineData("〇", 0)]
    [InlineData("１，２００", 1200)]
    [InlineData("3亿", 300000000)]
    public void TryRecognize_ChineseAndFullWidthForms_Value(string text, int expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, CultureInfo.GetCultureInfo("zh-CN"), out var value));
        Assert.Equal(expected, value);
    }
}
