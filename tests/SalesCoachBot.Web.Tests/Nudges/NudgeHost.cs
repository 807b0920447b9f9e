using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>Drives the proactive side of a real host: seeds deals through the real store, runs the daily jobs and the outbox by hand.</summary>
internal static class NudgeHost
{
    /// <summary>How long the outbox runs on real time before the test clock is moved on by <see cref="PacingStep"/>.</summary>
    private static readonly TimeSpan PacingPoll = TimeSpan.FromMilliseconds(5);

    /// <summary>Shorter than the tenant's start interval (1/44 s), so every paced start is reached in order.</summary>
    private static readonly TimeSpan PacingStep = TimeSpan.FromMilliseconds(20);

    public static async Task<Guid> SeedDealAsync(IServiceProvider services, string ownerId, string customer, string name, DateOnly? expectedClose = null)
    {
        var deal = new Deal { Id = Guid.NewGuid(), Customer = customer, Name = name, Stage = BuyingJourneyStage.Exploring, ExpectedCloseOn = expectedClose };
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDealStore>().SaveAsync(ownerId, deal, CancellationToken.None);
        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        return deal.Id;
    }

    /// <summary>Runs every daily job once, as the schedule worker's tick does; returns the messages enqueued.</summary>
    public static async Task<int> ScheduleAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var total = 0;
        foreach (var job in scope.ServiceProvider.GetServices<IProactiveJob>())
        {
            total += await scope.ServiceProvider.GetRequiredService<ProactiveScheduler>().RunAsync(job, CancellationToken.None);
        }

        return total;
    }

    /// <summary>
    /// Runs the outbox once. The send pacing (Teams' per-tenant and per-conversation limits) waits on
    /// the host's clock: a test clock is moved on in small steps while the delivery is still running,
    /// as time would pass for a real outbox, so a batch beyond the burst is paced instead of waiting forever.
    /// </summary>
    public static async Task<int> DeliverAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var delivery = scope.ServiceProvider.GetRequiredService<ProactiveDelivery>().DeliverDueAsync(CancellationToken.None);
        if (services.GetRequiredService<TimeProvider>() is FakeTimeProvider clock)
        {
            while (await Task.WhenAny(delivery, Task.Delay(PacingPoll)) != delivery)
            {
                clock.Advance(PacingStep);
            }
        }

        return await delivery;
    }


    /// <summary>The data of the button titled <paramref name="title"/> on the card of <paramref name="activity"/>.</summary>
    public static JsonElement ButtonData(Activity activity, string title)
    {
        var card = activity.Attachments!.Single().Content!.Value;
        return FindButton(card, title) ?? throw new InvalidOperationException($"No button '{title}' on the card.");
    }

    /// <summary>The data of every button on <paramref name="card"/>, however nested.</summary>
    public static IEnumerable<JsonElement> ButtonsData(JsonElement card)
    {
        if (card.ValueKind == JsonValueKind.Object)
        {
            if (card.TryGetProperty("type", out var type) && type.GetString() is "Action.Submit" or "Action.Execute" && card.TryGetProperty("data", out var data))
            {
                yield return data;
            }

            foreach (var inner in card.EnumerateObject().Where(p => p.Name != "refresh").SelectMany(p => ButtonsData(p.Value)))
            {
                yield return inner;
            }
        }
        else if (card.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in card.EnumerateArray().SelectMany(ButtonsData))
            {
                yield return inner;
            }
        }
    }

    private static JsonElement? FindButton(JsonElement element, string title)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == title && element.TryGetProperty("data", out var data))
            {
                return data;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (FindButton(property.Value, title) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindButton(item, title) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
