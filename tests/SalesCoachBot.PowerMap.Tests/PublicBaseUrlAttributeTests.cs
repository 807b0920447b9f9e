
namespace SalesCoachBot.PowerMap.Tests;

public sealed class PublicBaseUrlAttributeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://bot.contoso.com")]
    [InlineData("https://bot.contoso.com/")]
    [InlineData("https://contoso.com/bot")]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:8080")]
    public void IsValid_EmptyHttpsOrLoopbackHttp_IsAccepted(string? url) =>
        Assert.True(new PublicBaseUrlAttribute().IsValid(url));

    [Theory]
    [InlineData("http://bot.contoso.com")]
    [InlineData("http://10.0.0.5")]
    [InlineData("ftp://bot.contoso.com")]
    [InlineData("bot.contoso.com")]
    [InlineData("/power-map")]
    [InlineData("https://bot.contoso.com/?x=1")]
    [InlineData("https://bot.contoso.com/#top")]
    [InlineData("https://user:secret@bot.contoso.com")]
    public void IsValid_PlainHttpElsewhereOrNotABaseUrl_IsRefused(string url) =>
        Assert.False(new PublicBaseUrlAttribute().IsValid(url));
}
