using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Protocol.Tests.Activities;

public sealed class ActivityTests
{
    public static TheoryData<string, string> Recorded()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, location) in RecordedActivities.All())
        {
            data.Add(file, location);
        }

        return data;
    }

    [Fact]
    public void RecordedFolder_HoldsActivitiesOfEveryShape()
    {
        var all = RecordedActivities.All().ToList();

        Assert.Contains(all, a => a.File.Contains("-request-", StringComparison.Ordinal));
        Assert.Contains(all, a => a.File.Contains("-reply-", StringComparison.Ordinal));
        Assert.Contains(all, a => a.File.StartsWith("chat-replay-", StringComparison.Ordinal));
        Assert.Contains(all, a => a.File.StartsWith("teamsnet-", StringComparison.Ordinal));
        Assert.True(all.Count >= 20, $"only {all.Count} activities found");
    }

    [Theory]
    [MemberData(nameof(Recorded))]
    public void RoundTrip_RecordedActivity_LosesNothing(string file, string location)
    {
        var input = RecordedActivities.Load(file, location);

        var activity = JsonSerializer.Deserialize<Activity>(input.ToJsonString(), ProtocolJson.Options)!;
        var output = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        var differences = new List<string>();
        Compare(input, output, "$", differences);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Theory]
    [InlineData("botbuilder-js-20191020020553704-request-integrationBot.json", "body", "1")]
    [InlineData("teamsnet-channel-message.json", "", "reply to thread")]
    [InlineData("chat-replay-teams.json", "mention", "Hey")]
    [InlineData("chat-replay-streaming-teams.json", "aiMention", "AI What is love?")]
    [InlineData("chat-replay-teams.json", "followUp", "Hi")]
    public void TextWithoutBotMention_RecordedMessage_WhatTheUserTyped(string file, string location, string expected)
    {
        Assert.Equal(expected, RecordedActivities.Activity(file, location).TextWithoutBotMention());
    }

    [Fact]
    public void TextWithoutBotMention_MentionOfAColleague_Kept()
    {
        var activity = new Activity
        {
            Text = "<at>SalesCoach</at> 拜访前要和 <at>张伟</at> 确认预算",
            Recipient = new ChannelAccount { Id = "28:bot", Name = "SalesCoach" },
            Entities =
            [
                new Entity { Type = "mention", Text = "<at>SalesCoach</at>", Mentioned = new ChannelAccount { Id = "28:bot", Name = "SalesCoach" } },
                new Entity { Type = "mention", Text = "<at>张伟</at>", Mentioned = new ChannelAccount { Id = "29:zhangwei", Name = "张伟" } },
            ],
        };

        Assert.Equal("拜访前要和 <at>张伟</at> 确认预算", activity.TextWithoutBotMention());
    }

    [Fact]
    public void TextWithoutBotMention_NoText_Empty()
    {
        var submit = RecordedActivities.Activity("botbuilder-js-20191020015221814-request-integrationBot.json", "body");

        Assert.Equal(string.Empty, submit.TextWithoutBotMention());
    }

    [Fact]
    public void CreateReply_RecordedCardSubmit_MatchesTheRecordedReply()
    {
        var request = RecordedActivities.Activity("botbuilder-js-20191020015221814-request-integrationBot.json", "body");
        var recordedReply = RecordedActivities.Activity("botbuilder-js-20191020015222569-reply-integrationBot.json", "body");

        var reply = request.CreateReply("App sent a message with empty text");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(recordedReply.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(recordedReply.From!.Id, reply.From!.Id);
        Assert.Equal(recordedReply.Recipient!.Id, reply.Recipient!.Id);
        Assert.Equal(recordedReply.ReplyToId, reply.ReplyToId);
        Assert.Equal(recordedReply.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(recordedReply.ChannelId, reply.ChannelId);
        Assert.Equal(recordedReply.Text, reply.Text);
        Assert.Equal(request.Id, reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.Value);
    }

    [Fact]
    public void GetConversationReference_RecordedPersonalInvoke_EverythingToMessageLater()
    {
        var invoke = RecordedActivities.Activity("teamsnet-adaptivecard-action-invoke.json", string.Empty);

        var reference = invoke.GetConversationReference();

        Assert.Equal(invoke.ServiceUrl, reference.ServiceUrl);
        Assert.EndsWith($"/{invoke.Conversation!.TenantId}/", reference.ServiceUrl, StringComparison.Ordinal);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.StartsWith("a:", reference.Conversation.Id, StringComparison.Ordinal);
        Assert.Equal(invoke.From!.Id, reference.User!.Id);
        Assert.Equal(invoke.From.AadObjectId, reference.User.AadObjectId);
        Assert.Equal(invoke.Recipient!.Id, reference.Bot!.Id);
        Assert.Equal(invoke.Conversation.TenantId, reference.TenantId);
        Assert.Equal(invoke.Locale, reference.Locale);
    }

    [Fact]
    public void TenantId_ChannelMessageWithoutConversationTenant_FromChannelData()
    {
        var message = RecordedActivities.Activity("botbuilder-js-20191020020553704-request-integrationBot.json", "body");

        Assert.Equal(message.ChannelData!.Tenant!.Id, message.TenantId);
        Assert.False(string.IsNullOrEmpty(message.TenantId));
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    differences.Add($"{path}: expected an object, got {actual?.ToJsonString() ?? "nothing"}");
                    return;
                }

                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.TryGetPropertyValue(name, out var actualValue))
                    {
                        differences.Add($"{path}.{name}: missing");
                        continue;
                    }

                    Compare(value, actualValue, $"{path}.{name}", differences);
                }

                break;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    differences.Add($"{path}: expected {expectedArray.Count} items, got {actual?.ToJsonString() ?? "nothing"}");
                    return;
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", differences);
                }

                break;
            case null:
                if (actual is not null)
                {
                    differences.Add($"{path}: expected null, got {actual.ToJsonString()}");
                }

                break;
            default:
                if (!SameValue(expected.AsValue(), actual as JsonValue))
                {
                    differences.Add($"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "nothing"}");
                }

                break;
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue? actual)
    {
        if (actual is null || expected.GetValueKind() != actual.GetValueKind())
        {
            return false;
        }

        return expected.GetValueKind() switch
        {
            JsonValueKind.String => SameString(expected.GetValue<string>(), actual.GetValue<string>()),
            JsonValueKind.Number => expected.GetValue<decimal>() == actual.GetValue<decimal>(),
            _ => expected.ToJsonString() == actual.ToJsonString(),
        };
    }

    private static bool SameString(string expected, string actual)
    {
        if (expected == actual)
        {
            return true;
        }

        // Timestamps may be written back with a different precision or offset notation.
        const DateTimeStyles styles = DateTimeStyles.RoundtripKind;
        return expected.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, styles, out var e)
            && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, styles, out var a)
            && e == a && e.Offset == a.Offset;
    }
}
