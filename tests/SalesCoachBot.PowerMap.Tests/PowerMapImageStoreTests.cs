using Microsoft.Extensions.Options;

namespace SalesCoachBot.PowerMap.Tests;

// Expiry is tested with FakeTimeProvider through the endpoint in SalesCoachBot.Web.Tests/PowerMap;
// these tests do not depend on time passing.
public sealed class PowerMapImageStoreTests
{
    [Fact]
    public void Add_ManyImages_TokensAre128BitBase64UrlAndNeverRepeat()
    {
        var store = Store(maxImages: 10_000);

        var tokens = Enumerable.Range(0, 2_000).Select(_ => store.Add(new byte[] { 1 })).ToList();

        Assert.All(tokens, token =>
        {
            Assert.Equal(22, token.Length);
            Assert.True(PowerMapImageStore.IsWellFormedToken(token), token);
            Assert.Equal(16, Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "==").Length);
        });
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());

        // 128 random bits: every character position takes many values across 2,000 tokens.
        Assert.All(Enumerable.Range(0, 21), position => Assert.True(tokens.Select(t => t[position]).Distinct().Count() > 40, $"position {position}"));
    }

    [Fact]
    public void Find_TokenJustAdded_ReturnsThoseBytes()
    {
        var store = Store();
        byte[] png = [0x89, 0x50, 0x4E, 0x47];

        var token = store.Add(png);

        Assert.Equal(png, store.Find(token)!.Png.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA+/")]
    public void Find_UnknownOrMalformedToken_ReturnsNull(string token)
    {
        var store = Store();
        store.Add(new byte[] { 1 });

        Assert.Null(store.Find(token));
    }

    [Fact]
    public void Add_BeyondMaxImages_DropsTheOldestFirst()
    {
        var store = Store(maxImages: 3);

        var tokens = Enumerable.Range(0, 5).Select(i => store.Add(new[] { (byte)i })).ToList();

        Assert.Equal(3, store.Count);
        Assert.Null(store.Find(tokens[0]));
        Assert.Null(store.Find(tokens[1]));
        Assert.Equal([(byte)2], store.Find(tokens[2])!.Png.ToArray());
        Assert.Equal([(byte)4], store.Find(tokens[4])!.Png.ToArray());
    }

    [Theory]
    [InlineData("AbCdEfGhIjKlMnOpQrStUv", true)]
    [InlineData("abc-_0123456789ABCDEFg", true)]
    [InlineData("AbCdEfGhIjKlMnOpQrStU", false)]
    [InlineData("AbCdEfGhIjKlMnOpQrStU=", false)]
    [InlineData("AbCdEfGhIjKlMnOpQrSt.v", false)]
    [InlineData("ÄbCdEfGhIjKlMnOpQrStUv", false)]
    [InlineData(null, false)]
    public void IsWellFormedToken_Shapes_AcceptsOnly22Base64UrlCharacters(string? token, bool expected) =>
        Assert.Equal(expected, PowerMapImageStore.IsWellFormedToken(token));

    private static PowerMapImageStore Store(int maxImages = 100) =>
        new(Options.Create(new PowerMapOptions { MaxImages = maxImages }), TimeProvider.System);
}
