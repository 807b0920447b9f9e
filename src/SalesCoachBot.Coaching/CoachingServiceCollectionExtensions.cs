using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Gaps;
using SalesCoachBot.Coaching.Gaps.Rules;
using SalesCoachBot.Coaching.Health;
using SalesCoachBot.Coaching.Reports;

namespace SalesCoachBot.Coaching;

public static class CoachingServiceCollectionExtensions
{
    /// <summary>Registers the gap rules, the analyzer, the health calculator and the content report.</summary>
    public static IServiceCollection AddCoaching(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var rule in GapRuleCatalog.All)
        {
            services.AddSingleton(rule);
        }

        services.AddSingleton<GapAnalyzer>();
        services.AddSingleton<DealHealthCalculator>();
        services.AddSingleton<ContentReport>();
        return services;
    }
}
