using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data.Entities;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Nudges;

/// <summary>Proactive messages (a manager's digest) go to personal chats only.</summary>
public sealed class ProactiveScopeTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
    private readonly ScriptedConnectorClient _connector = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task SaveAsync_NonPersonalReference_IsNotStored(string conversationType)
    {
        await using var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        var reference = ProactiveHost.Reference("29:manager", "19:group@thread.v2");
        await host.QueryAsync(async db =>
        {
            var store = new SalesCoachBot.Data.Stores.EfConversationReferenceStore(db, _clock);
            await store.SaveAsync(reference with { Conversation = reference.Conversation with { ConversationType = conversationType } }, CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await host.QueryAsync(db => db.ConversationReferences.CountAsync()));
        Assert.Null(await host.FindReferenceAsync("29:manager"));
    }

    [Fact]
    public async Task DeliverDueAsync_OnlyAGroupChatStoredFromBefore_NeverSentThere()
    {
        await using var host = new ProactiveHost(_root.Path, _clock, _connector);
        await host.MigrateAsync();
        // A row written before only personal chats were kept.
        await host.QueryAsync(async db =>
        {
            db.ConversationReferences.Add(new ConversationReferenceEntity
            {
                ServiceUrl = "https://smba.trafficmanager.net/amer/",
                ChannelId = "msteams",
                ConversationId = "19:group@thread.v2",
                ConversationType = "groupChat",
                UserId = "29:manager",
                TenantId = "tenant-1",
                UpdatedAt = _clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });
        await host.ScheduleAsync(new FixedJob(_clock, new ProactiveRecipient("29:manager", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), new TimeOnly(9, 0))));

        await host.DeliverAsync();

        Assert.DoesNotContain(_connector.Delivered, d => d.ConversationId == "19:group@thread.v2");
        var entry = await host.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.Equal(OutboxState.Failed, entry.State);
    }
}
