using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data.Tests.Harness;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.TestSupport;

namespace SalesCoachBot.Data.Tests.Stores;

public sealed class EfConversationReferenceStoreTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task SaveAsync_RecordedActivitysReference_FoundForTheUserInAFreshScopeUntilDeactivated()
    {
        await using var bot = new Bot(_root.Path, TestDialogs.Add);
        await bot.MigrateAsync();
        var activity = bot.Message("hi");
        var reference = activity.GetConversationReference();

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().SaveAsync(reference, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().SaveAsync(reference, CancellationToken.None);
            Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        }

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
            var found = await store.FindForUserAsync(activity.From!.Id!, CancellationToken.None);
            Assert.NotNull(found);
            Assert.Equal(activity.ServiceUrl, found.ServiceUrl);
            Assert.Equal(activity.Conversation!.Id, found.Conversation.Id);
            Assert.Equal("56653e9d-2158-46ee-90d7-675c39642038", found.TenantId);
            Assert.Equal(activity.Recipient!.Id, found.Bot!.Id);
            Assert.Equal(activity.From.AadObjectId, found.User!.AadObjectId);
            Assert.Single(await store.ListActiveAsync(CancellationToken.None));

            await store.DeactivateAsync(activity.ChannelId!, activity.Conversation.Id!, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        await using (var scope = bot.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindForUserAsync(activity.From.Id!, CancellationToken.None));
        }
    }
}
