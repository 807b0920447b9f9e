using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Connector;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>
/// One rep's long names cannot break the manager's daily digest: it arrives under Teams' limit,
/// shortened with a line that says how many deals are not shown, and the rep's text stays text.
/// </summary>
public sealed class DigestLimitsTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly Dictionary<string, string?> HandDriven = new() { ["Proactive:WorkersEnabled"] = "false" };

    [Theory]
    [InlineData(null)]
    [InlineData("30")]
    public async Task Digest_ThirtyStalledDealsWithMaximalNames_ArrivesUnder28KbSayingHowManyMore(string? maxDealsPerCard)
    {
        var (factory, clock) = await TeamAsync(maxDealsPerCard);
        await using (factory)
        {
            for (var i = 0; i < 30; i++)
            {
                // 200 characters each, the forms' limit for a customer and a deal name.
                await NudgeHost.SeedDealAsync(factory.Services, "29:rep", $"{i:D2}{new string('客', 198)}", $"{i:D2}{new string('项', 198)}");
            }

            var digest = await DigestAsync(factory, clock);

            Assert.InRange(RecordingConnectorClient.MessageBytes(digest), 1, CardSerializer.MaxCardBytes - 1);
            var card = digest.Attachments!.Single().Content!.Value;
            var shown = NudgeHost.ButtonsData(card).Count(d => d.GetProperty("action").GetString() == "ping");
            // Ten deals a card by default; a card set to list all thirty shows as many as one message holds.
            Assert.InRange(shown, 1, maxDealsPerCard is null ? 10 : 29);
            var texts = TeamsChat.CardTexts(card).ToList();
            Assert.Equal(NudgeText.Format("Digest.Title", Chinese, 30), texts[0]);
            Assert.Equal(NudgeText.Format("Digest.More", Chinese, 30 - shown), texts[^1]);
            Assert.Equal(shown, texts.Count(t => t.Contains(new string('客', 198), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Digest_CustomerNamedAsAMarkdownLink_ArrivesAsLiteralText()
    {
        var (factory, clock) = await TeamAsync();
        await using (factory)
        {
            await NudgeHost.SeedDealAsync(factory.Services, "29:rep", "[点我](https://evil.example)", "**扩容**");

            var digest = await DigestAsync(factory, clock);

            var raw = digest.Attachments!.Single().Content!.Value.GetRawText();
            Assert.DoesNotContain("[点我](https://evil.example)", raw, StringComparison.Ordinal);
            Assert.Contains(@"\[点我\]\(https://evil.example\) · \*\*扩容\*\*", TeamsChat.CardTexts(digest.Attachments![0].Content!.Value));
        }
    }

    private static async Task<(BotWebApplicationFactory Factory, FakeTimeProvider Clock)> TeamAsync(string? maxDealsPerCard = null)
    {
        // Deals created on Thursday 1 October 2026 and idle since.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?>(HandDriven);
        if (maxDealsPerCard is not null)
        {
            settings["Nudges:MaxDealsPerCard"] = maxDealsPerCard;
        }

        var factory = new BotWebApplicationFactory(timeProvider: clock, settings: settings);
        await TeamSeed.AddAsync(factory.Services, "29:mgr", "Asia/Shanghai", "29:rep");
        return (factory, clock);
    }

    private static async Task<Protocol.Activities.Activity> DigestAsync(BotWebApplicationFactory factory, FakeTimeProvider clock)
    {
        // Friday 23 October, 10:00 in Shanghai: the day's digest is due.
        clock.SetUtcNow(new DateTimeOffset(2026, 10, 23, 2, 0, 0, TimeSpan.Zero));
        await NudgeHost.ScheduleAsync(factory.Services);
        await NudgeHost.DeliverAsync(factory.Services);
        return Assert.Single(factory.Connector.Sends, s => s.ConversationId == TeamSeed.ConversationOf("29:mgr")).Activity;
    }
}
