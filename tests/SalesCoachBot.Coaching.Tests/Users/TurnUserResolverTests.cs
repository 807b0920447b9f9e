using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Coaching.Tests.Users;

public sealed class TurnUserResolverTests
{
    private readonly TurnUserResolver _resolver = new(Options.Create(new UsersOptions { DefaultCulture = "zh-CN", DefaultTimeZone = "Asia/Shanghai" }));

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("zh-Hant-HK", "zh-CN")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData("ja-JP", "en-US")]
    [InlineData(null, "zh-CN")]
    [InlineData("", "zh-CN")]
    public void CultureFor_Locale_ChineseForZhEnglishForAnyOtherDefaultForNone(string? locale, string expected)
    {
        Assert.Equal(expected, _resolver.CultureFor(locale).Name);
    }

    [Fact]
    public void CultureFor_NoLocaleWithEnglishConfigured_English()
    {
        var resolver = new TurnUserResolver(Options.Create(new UsersOptions { DefaultCulture = "en-US" }));

        Assert.Equal("en-US", resolver.CultureFor((string?)null).Name);
    }

    [Fact]
    public void ForTurn_ZoneSetByCommand_WinsOverTheClientsZone()
    {
        var profile = new UserProfile("29:rep") { TimeZone = "Pacific/Kiritimati", ClientTimeZone = "Europe/Berlin" };

        var user = _resolver.ForTurn(Message("en-US", "America/New_York"), profile);

        Assert.Equal("Pacific/Kiritimati", user.TimeZone.Id);
    }

    [Fact]
    public void ForTurn_NoZoneSet_TheZoneTheClientReportsNowOverTheOneStored()
    {
        var profile = new UserProfile("29:rep") { ClientTimeZone = "Europe/Berlin" };

        var user = _resolver.ForTurn(Message("en-US", "America/New_York"), profile);

        Assert.Equal("America/New_York", user.TimeZone.Id);
    }

    [Fact]
    public void ForTurn_ClientReportsNoZone_TheLastOneStored()
    {
        var profile = new UserProfile("29:rep") { ClientTimeZone = "Europe/Berlin" };

        var user = _resolver.ForTurn(Message("en-US", null), profile);

        Assert.Equal("Europe/Berlin", user.TimeZone.Id);
    }

    [Fact]
    public void ForTurn_UnknownUserWhoseClientSaysNothing_ConfiguredDefaults()
    {
        var user = _resolver.ForTurn(Message(null, null), null);

        Assert.Equal(("29:rep", "zh-CN", "Asia/Shanghai", UserRole.Rep), (user.Id, user.Culture.Name, user.TimeZone.Id, user.Role));
    }

    [Fact]
    public void ForTurn_ActivityWithoutLocale_TheStoredLocale()
    {
        var user = _resolver.ForTurn(Message(null, null), new UserProfile("29:rep") { Locale = "fr-FR" });

        Assert.Equal("en-US", user.Culture.Name);
    }

    [Fact]
    public void ForProfile_StoredProfile_SameRulesAsATurn()
    {
        var manager = new UserProfile("29:boss") { Locale = "zh-TW", ClientTimeZone = "Europe/Berlin", Role = UserRole.Manager, ManagerId = "29:vp" };

        var user = _resolver.ForProfile(manager);

        Assert.Equal(("zh-CN", "Europe/Berlin", UserRole.Manager, "29:vp"), (user.Culture.Name, user.TimeZone.Id, user.Role, user.ManagerId));
    }

    [Fact]
    public void ClientTimeZone_ZoneUnknownToTheHost_Ignored()
    {
        Assert.Null(TurnUserResolver.ClientTimeZone(Message("en-US", "Mars/Olympus")));
    }

    private static Activity Message(string? locale, string? zone) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "29:rep" },
        Locale = locale,
        Entities = zone is null ? null : [new Entity { Type = Entity.ClientInfoType, Locale = locale, Timezone = zone }],
    };
}
