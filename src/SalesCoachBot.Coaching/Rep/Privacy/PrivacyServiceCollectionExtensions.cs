using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Dialogs;

namespace SalesCoachBot.Coaching.Rep.Privacy;

internal static class PrivacyServiceCollectionExtensions
{
    /// <summary>The rep's delete and close commands, the administrator's stakeholder access and erasure, and the retention purge (<c>Privacy</c> section).</summary>
    public static IServiceCollection AddRepPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<StakeholderRecords>();
        services.AddScoped<RetentionPurge>();
        services.AddDialog<DeleteDialog>();
        services.AddDialog<CloseDealDialog>();
        services.AddCoachCommand(PrivacyCommands.DeleteCommand, DeleteDialog.DialogId, order: 18, RepText.ResourceManager);
        services.AddCoachCommand(CloseDealDialog.Command, CloseDealDialog.DialogId, order: 19, RepText.ResourceManager);
        return services;
    }
}
