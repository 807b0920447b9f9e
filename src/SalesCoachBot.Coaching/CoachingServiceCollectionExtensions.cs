using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Practice;
using SalesCoachBot.Coaching.Rep;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.Gaps.Rules;
using SalesCoachBot.Coaching.Reports;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching;

public static class CoachingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the method (gap rules, analyzer, health calculator, content report), the resolution of
    /// a user's language and zone (<c>Users</c> section), and the bot's turn handler with its menu. The dialog engine (<c>AddDialogs</c>) and the stores come from the
    /// layers that implement them.
    /// </summary>
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
        services.AddOptions<UsersOptions>()
            .BindConfiguration(UsersOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), "Users:DefaultTimeZone names no time zone known to this host.")
            .ValidateOnStart();
        services.AddOptions<ConversationScopeOptions>()
            .BindConfiguration(ConversationScopeOptions.SectionName)
            .ValidateOnStart();
        services.TryAddSingleton<ConversationScopePolicy>();
        services.TryAddSingleton<TurnUserResolver>();
        services.TryAddScoped<TurnUserProvider>();
        // The engine's own provider only reads the activity; the product's knows the stored profile.
        services.Replace(ServiceDescriptor.Scoped<ITurnLocaleProvider>(sp => sp.GetRequiredService<TurnUserProvider>()));
        services.TryAddSingleton<CoachCommandRecognizer>();
        // The recognizer is otherwise built on the first message; building it when the host starts
        // makes two commands sharing a keyword stop the bot there, naming both.
        services.AddOptions<CommandsChecked>()
            .Validate<CoachCommandRecognizer>((_, recognizer) => recognizer is not null)
            .ValidateOnStart();
        services.AddScoped<MenuDialog>();
        services.AddDialog(sp => sp.GetRequiredService<MenuDialog>());
        services.AddDialog<FocusDialog>();
        services.AddCoachCommand(FocusDialog.Command, FocusDialog.DialogId, order: 90);
        services.AddRepFlows();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MemberLookupBacklog>();
        services.TryAddScoped<MemberLookup>();
        services.AddScoped<ITurnHandler, CoachingTurnHandler>();
        services.AddPractice();
        services.AddNudges();
        return services;
    }

    /// <summary>
    /// Makes <paramref name="name"/> a command that starts <paramref name="dialogId"/>; its words come
    /// from <paramref name="texts"/> (the coaching texts when null): <c>Command.{name}.Keywords</c>, <c>.Title</c>, <c>.Description</c>.
    /// </summary>
    public static IServiceCollection AddCoachCommand(this IServiceCollection services, string name, string dialogId, int order, System.Resources.ResourceManager? texts = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new CoachCommand(name, dialogId, order, texts));
        return services;
    }

    /// <summary>Nothing to configure: the options whose start-up validation builds the <see cref="CoachCommandRecognizer"/>.</summary>
    private sealed class CommandsChecked;
}
