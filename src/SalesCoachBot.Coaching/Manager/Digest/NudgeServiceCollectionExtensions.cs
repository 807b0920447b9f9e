using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoachBot.Coaching.Manager.Directory;
using SalesCoachBot.Coaching.Manager.Link;
using SalesCoachBot.Coaching.Manager.Team;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Rep;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Prompts;

namespace SalesCoachBot.Coaching.Manager.Digest;

public static class NudgeServiceCollectionExtensions
{
    public const string DigestKind = "manager-digest";
    public const string RepPingKind = "rep-ping";
    public const string NoticeKind = "team-notice";
    public const string TeamCommand = "team";
    public const string TimeZoneCommand = "timezone";
    public const string ManagerCommand = "manager";

    /// <summary>
    /// The manager's daily nudge: the stalled-deal rules, the digest job, the <c>team</c>,
    /// <c>timezone</c> and <c>manager</c> commands, and the proactive machinery they use. Called by
    /// <c>AddCoaching</c>; the stores come from Data, the workers from Web.
    /// </summary>
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProactive();
        services.AddOptions<NudgeOptions>()
            .BindConfiguration(NudgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<StallDetector>();
        services.TryAddScoped<TeamDigestBuilder>();
        services.TryAddScoped<ManagerLinker>();
        services.TryAddScoped<ManagerLookupLimiter>();
        // The directory itself (IManagerDirectory, with DirectoryManagerSync) is the host's, and only
        // when Graph is configured; the turn wakes it through the signal either way.
        services.TryAddSingleton<DirectorySyncSignal>();
        services.TryAddScoped<TeamImporter>();
        services.AddScoped<IProactiveJob, ManagerDigestJob>();
        services.AddScoped<TeamDialog>();
        services.AddDialog(sp => sp.GetRequiredService<TeamDialog>());
        services.AddScoped<ICardRefresher, DigestCardRefresher>();
        services.AddDialog<TimeZoneDialog>();
        services.AddDialog(_ => TimeZoneDialog.CreatePrompt());
        services.AddDialog<ManagerDialog>();
        services.AddDialog(_ => new TextPrompt(ManagerDialog.NamePromptId, (prompt, _) =>
        {
            prompt.RetryMessage = InputLimits.TooLong(prompt.Recognized.Value?.Trim(), InputLimits.ManagerSearch, NudgeText.Get("Manager.Field", prompt.Culture), prompt.Culture);
            return Task.FromResult(prompt.RetryMessage is null);
        }));
        services.AddDialog(_ => new ChoicePrompt(ManagerDialog.ChoicePromptId));
        services.AddCoachCommand(TeamCommand, TeamDialog.DialogId, order: 60, texts: NudgeText.Resources);
        services.AddCoachCommand(ManagerCommand, ManagerDialog.DialogId, order: 61, texts: NudgeText.Resources);
        services.AddCoachCommand(TimeZoneCommand, TimeZoneDialog.DialogId, order: 62, texts: NudgeText.Resources);
        return services;
    }
}
