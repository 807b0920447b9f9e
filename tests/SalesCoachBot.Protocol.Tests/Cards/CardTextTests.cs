using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Protocol.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[点我](https://evil.example)", @"\[点我\]\(https://evil.example\)")]
    [InlineData("**华为**", @"\*\*华为\*\*")]
    [InlineData("_x_ `code` <at>boss</at>", @"\_x\_ \`code\` \<at\>boss\</at\>")]
    [InlineData("- 第一条\n1. 第二条", "\\- 第一条\n1\\. 第二条")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("华为 · 数据中心扩容 1.5 期", "华为 · 数据中心扩容 1.5 期")]
    public void Escape_MarkdownInUserText_EveryMarkerEscaped(string typed, string expected) =>
        Assert.Equal(expected, CardText.Escape(typed));

    [Fact]
    public void Escape_Null_Empty() => Assert.Equal(string.Empty, CardText.Escape(null));

    [Fact]
    public void Format_ProductTextKeepsItsMarkdown_UserValuesEscaped() =>
        Assert.Equal(@"**客户**：\[点我\]\(https://evil.example\) · 3", CardText.Format(null, "**客户**：{0} · {1}", "[点我](https://evil.example)", 3));
}
