using System.Text.Json;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Tests.Activities;

public sealed class RawJsonElementConverterTests
{
    [Fact]
    public void Serialize_AttachmentWhoseContentHasNoEscapes_CopiesTheParsedBytesAsTheyAre()
    {
        // The spaces inside the content survive only if its bytes are copied, not rewritten token by token.
        const string content = """{ "type": "AdaptiveCard",  "body": [ { "text": "缺口 — 宝钢" } ] }""";
        var attachment = new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonDocument.Parse(content).RootElement };

        var json = JsonSerializer.Serialize(attachment, ProtocolJson.Options);

        Assert.Equal("""{"contentType":"application/vnd.microsoft.card.adaptive","content":""" + content + "}", json);
    }

    [Fact]
    public void Serialize_ContentWithEscapes_WritesItWithTheWireEncoder()
    {
        var attachment = new Attachment { Content = JsonDocument.Parse("""{"text": "\u534E\u4E3A \"KP\""}""").RootElement };

        var json = JsonSerializer.Serialize(attachment, ProtocolJson.Options);

        Assert.Equal("""{"content":{"text":"华为 \"KP\""}}""", json);
    }

    [Fact]
    public void Deserialize_ThenSerialize_ContentRoundTripsUnchanged()
    {
        const string wire = """{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"拜访前检查"}]}}""";

        var attachment = JsonSerializer.Deserialize<Attachment>(wire, ProtocolJson.Options);

        Assert.Equal(wire, JsonSerializer.Serialize(attachment, ProtocolJson.Options));
    }
}
