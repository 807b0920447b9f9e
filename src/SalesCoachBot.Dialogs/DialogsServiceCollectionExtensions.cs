using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Dialogs;

/// <summary>Registers the dialog engine.</summary>
public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine: <see cref="DialogRunner"/> and <see cref="DialogSet"/> per scope (one scope per
    /// turn), <see cref="DialogsOptions"/> from the <c>Dialogs</c> section, and a neutral
    /// <see cref="ITurnLocaleProvider"/> unless the application registered its own. The state store and the unit
    /// of work (<see cref="IDialogStateStore"/>, <see cref="IUnitOfWork"/>) come from the storage
    /// layer; dialogs are added with <see cref="AddDialog{TDialog}"/>.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DialogsOptions>()
            .BindConfiguration(DialogsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationTurnGate>();
        services.TryAddSingleton<ITurnLocaleProvider, ActivityTurnLocaleProvider>();
        services.TryAddSingleton<DialogCatalog>();
        services.TryAddScoped(sp => new DialogSet(sp.GetRequiredService<DialogCatalog>(), sp));
        services.TryAddScoped(sp => new DialogRunner(
            sp.GetRequiredService<DialogSet>(),
            sp.GetRequiredService<IDialogStateStore>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<ConversationTurnGate>(),
            sp.GetRequiredService<IOptions<DialogsOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ITurnLocaleProvider>(),
            sp.GetService<ILogger<DialogRunner>>() ?? NullLogger<DialogRunner>.Instance));
        return services;
    }

    /// <summary>Registers a dialog class (scoped, so it may take the turn's stores; built only in turns that run it).</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services)
        where TDialog : Dialog
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<TDialog>();
        services.AddSingleton(new DialogRegistration(sp => sp.GetRequiredService<TDialog>()));
        return services;
    }

    /// <summary>Registers a dialog built by <paramref name="factory"/> (e.g. a prompt with its validator).</summary>
    public static IServiceCollection AddDialog(this IServiceCollection services, Func<IServiceProvider, Dialog> factory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(factory);
        services.AddSingleton(new DialogRegistration(factory));
        return services;
    }
}
