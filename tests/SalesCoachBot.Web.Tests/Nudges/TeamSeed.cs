using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Tests.Nudges;

/// <summary>Managers and reps as the turn handler would have stored them after their installs.</summary>
internal static class TeamSeed
{
    public static string ConversationOf(string userId) => $"a:personal-{userId}";

    public static async Task AddAsync(IServiceProvider services, string managerId, string timeZone, params string[] repIds)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserStore>();
        var references = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        await users.UpsertAsync(new UserProfile(managerId) { Name = managerId, Locale = "zh-CN", TimeZone = timeZone, Role = UserRole.Manager }, CancellationToken.None);
        await references.SaveAsync(Reference(managerId), CancellationToken.None);
        foreach (var rep in repIds)
        {
            await users.UpsertAsync(new UserProfile(rep) { Name = rep, Locale = "zh-CN", ManagerId = managerId }, CancellationToken.None);
            await references.SaveAsync(Reference(rep), CancellationToken.None);
        }

        Assert.Equal(UnitOfWorkOutcome.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
    }

    private static ConversationReference Reference(string userId) => new()
    {
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = ConversationOf(userId), ConversationType = "personal", TenantId = "tenant-1" },
        User = new ChannelAccount { Id = userId, Name = userId },
        Bot = new ChannelAccount { Id = "28:bot" },
        TenantId = "tenant-1",
    };
}
