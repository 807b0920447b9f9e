using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesCoachBot.Bench;

/// <summary>
/// N conversations at once, each sending its messages one after another: a message goes out, and the
/// next one only after the bot's reply has reached the stand-in connector. Latency is measured from
/// the request being sent to the reply arriving at the stand-in.
/// </summary>
internal sealed class LoadRun(BenchOptions options, Uri bot, StandInConnector connector)
{
    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = bot, Timeout = options.ReplyTimeout };

        // One unmeasured turn per conversation warms up the JIT, the connections and the pools.
        await Task.WhenAll(Enumerable.Range(0, options.Conversations)
            .Select(c => TurnAsync(http, c, -1, cancellationToken))).ConfigureAwait(false);

        var started = Stopwatch.GetTimestamp();
        var perConversation = await Task.WhenAll(Enumerable.Range(0, options.Conversations)
            .Select(c => ConversationAsync(http, c, cancellationToken))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latencies = perConversation.SelectMany(r => r.Latencies).Order().ToArray();
        return new LoadResult(latencies, perConversation.Sum(r => r.Failures), elapsed);
    }

    private async Task<(List<TimeSpan> Latencies, int Failures)> ConversationAsync(HttpClient http, int conversation, CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>(options.MessagesPerConversation);
        var failures = 0;
        for (var message = 0; message < options.MessagesPerConversation && !cancellationToken.IsCancellationRequested; message++)
        {
            if (await TurnAsync(http, conversation, message, cancellationToken).ConfigureAwait(false) is { } latency)
            {
                latencies.Add(latency);
            }
            else
            {
                failures++;
            }
        }

        return (latencies, failures);
    }

    private async Task<TimeSpan?> TurnAsync(HttpClient http, int conversation, int message, CancellationToken cancellationToken)
    {
        var conversationId = $"a:bench-{conversation}";
        var reply = connector.ExpectReply(conversationId);
        using var content = new StringContent(Activity(conversationId, conversation, message), Encoding.UTF8, "application/json");
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var arrived = await reply.WaitAsync(options.ReplyTimeout, cancellationToken).ConfigureAwait(false);
            return Stopwatch.GetElapsedTime(sent, arrived);
        }
        catch (Exception ex) when (ex is TimeoutException or HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private string Activity(string conversationId, int conversation, int message) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"bench-{conversation}-{message}",
        ["timestamp"] = "2026-03-02T09:00:00Z",
        ["serviceUrl"] = connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:bench-user-{conversation}", ["name"] = $"Rep {conversation}" },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "SalesCoachBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "bench-tenant" },
        // Half the users write in Chinese, as the bot's users mostly do.
        ["locale"] = conversation % 2 == 0 ? "zh-CN" : "en-US",
        ["text"] = conversation % 2 == 0 ? $"准备拜访 第{message}条" : $"prepare visit #{message}",
        ["textFormat"] = "plain",
    }.ToJsonString();
}
