using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Data.Tests.Nudges;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Practice;

public sealed class PracticeReminderJobTests : IDisposable
{
    // The ledger kind the reminder is claimed under (issue #7).
    private const string ReminderKind = "practice-reminder";
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Reminder_TicksAllDayAndARestart_ExactlyOncePerHirePerDayAtTheirLocalTime()
    {
        // 08:00 in Shanghai on Tuesday 2026-03-10.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
        var connector = new ScriptedConnectorClient();
        await using (var first = new ProactiveHost(_root.Path, clock, connector, services => services.AddCoaching()))
        {
            await first.MigrateAsync();
            await SeedAsync(first, "29:hire-a", "Asia/Shanghai", "zh-CN", new PracticeReminder("29:hire-a", true, new TimeOnly(9, 0)));
            await SeedAsync(first, "29:hire-b", "Europe/Berlin", "en-US", new PracticeReminder("29:hire-b", true, new TimeOnly(8, 30)));
            await SeedAsync(first, "29:hire-off", "Asia/Shanghai", "zh-CN", new PracticeReminder("29:hire-off", false, new TimeOnly(9, 0)));
            await first.RememberAsync("29:hire-a", "a:chat-a");
            await first.RememberAsync("29:hire-b", "a:chat-b");
            await first.RememberAsync("29:hire-off", "a:chat-off");

            // Ticks every 15 minutes until 11:00 Shanghai, then the bot restarts.
            for (; clock.GetUtcNow().Hour < 3; clock.Advance(TimeSpan.FromMinutes(15)))
            {
                await ScheduleAndDeliverAsync(first);
            }

            Assert.Equal(["a:chat-a"], connector.Delivered.Select(d => d.ConversationId));
        }

        await using (var second = new ProactiveHost(_root.Path, clock, connector, services => services.AddCoaching()))
        {
            // The rest of the day and the next morning: Berlin's 08:30 (07:30 UTC), then Shanghai's again.
            for (; clock.GetUtcNow() < new DateTimeOffset(2026, 3, 11, 3, 0, 0, TimeSpan.Zero); clock.Advance(TimeSpan.FromMinutes(15)))
            {
                await ScheduleAndDeliverAsync(second);
            }

            Assert.Equal(["a:chat-a", "a:chat-b", "a:chat-a"], connector.Delivered.Select(d => d.ConversationId));
            Assert.Equal(3, await second.QueryAsync(db => db.ProactiveLedger.CountAsync(l => l.Kind == ReminderKind)));
        }

        var chinese = connector.Delivered[0].Activity;
        var card = chinese.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains("今天的练习", card, StringComparison.Ordinal);
        Assert.Contains("\"command\":\"practice\"", card, StringComparison.Ordinal);
        Assert.Contains("Today\\u0027s practice", JsonSerializer.Serialize(connector.Delivered[1].Activity.Attachments![0].Content), StringComparison.Ordinal);
    }

    private static async Task SeedAsync(ProactiveHost host, string userId, string timeZone, string locale, PracticeReminder reminder)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IUserStore>().UpsertAsync(
            new UserProfile(userId) { TimeZone = timeZone, Locale = locale, Role = UserRole.NewHire }, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IPracticeStore>().SaveReminderAsync(reminder, CancellationToken.None);
        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
    }

    private static async Task ScheduleAndDeliverAsync(ProactiveHost host)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetServices<IProactiveJob>().Single(j => j.Kind == ReminderKind);
            await host.ScheduleAsync(job);
        }

        await host.DeliverAsync();
    }
}
