using System.Net;
using System.Text.Json;
using SalesCoachBot.Web.Tests.Support;

namespace SalesCoachBot.Web.Tests.Conversations.Rep;

public sealed class PowerMapConversationTests
{
    private const string PublicBaseUrl = "https://salescoach.example.com";

    [Fact]
    public async Task Gaps_WithPublicBaseUrl_CardShowsThePowerMapServedByTheBot()
    {
        await using var factory = new BotWebApplicationFactory(settings: new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = PublicBaseUrl });
        var rep = new RepSession(factory, "zh-CN");
        await rep.NewDealAsync("华东轴承", "特钢招标");
        await rep.AddPersonAsync(new { name = "张总", title = "总经理", department = "DecisionLayer", decisionChainRoles = "DecisionMaker", support = "Supports", lastContact = "2026-03-01" });

        await rep.Command("gaps");

        var image = Images(rep.Chat.LastCard()).Single();
        Assert.StartsWith(PublicBaseUrl + "/power-map/", image, StringComparison.Ordinal);
        using var client = factory.CreateClient();
        using var picture = await client.GetAsync(new Uri(image).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        var bytes = await picture.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public async Task Gaps_WithoutPublicBaseUrl_CardHasNoImage()
    {
        await using var factory = new BotWebApplicationFactory();
        var rep = new RepSession(factory, "en-US");
        await rep.NewDealAsync("Contoso Bearings", "Steel tender");

        await rep.Command("gaps");

        Assert.Empty(Images(rep.Chat.LastCard()));
    }

    private static List<string> Images(JsonElement element)
    {
        var found = new List<string>();
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Image")
            {
                found.Add(element.GetProperty("url").GetString()!);
            }

            foreach (var property in element.EnumerateObject())
            {
                found.AddRange(Images(property.Value));
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                found.AddRange(Images(item));
            }
        }

        return found;
    }
}
