using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Manager.Link;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Data.Stores;

namespace SalesCoachBot.Data;

public static class ProactiveDataServiceCollectionExtensions
{
    /// <summary>The ledger and outbox store, the shared send budget, the shared manager look-up windows, and the nudge feature's stores. Called by <c>AddData</c>.</summary>
    public static IServiceCollection AddProactiveData(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IProactiveStore, EfProactiveStore>();
        services.TryAddScoped<ISendPacingStore, EfSendPacingStore>();
        services.TryAddScoped<ILookupWindowStore, EfLookupWindowStore>();
        services.TryAddScoped<INudgeStore, EfNudgeStore>();
        services.TryAddScoped<ITeamStore, EfTeamStore>();
        return services;
    }
}
