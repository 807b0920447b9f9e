using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>Drives the proactive side of a real host: seeds deals through the real store, runs the daily jobs and the outbox by hand.</summary>
internal static class NudgeHost
{
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

    public static async Task<int> DeliverAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProactiveDelivery>().DeliverDueAsync(CancellationToken.None);
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
