using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Privacy;
using SalesCoachBot.Data.Stores;

namespace SalesCoachBot.Data;

internal static class DealsServiceCollectionExtensions
{
    /// <summary>The deal stores: the deals themselves and each rep's current deal.</summary>
    public static IServiceCollection AddDeals(this IServiceCollection services)
    {
        services.AddScoped<IDealStore, EfDealStore>();
        services.AddScoped<ICurrentDealStore, EfCurrentDealStore>();
        services.AddScoped<IPrivacyStore, EfPrivacyStore>();
        return services;
    }
}
