using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Prompts;

namespace SalesCoachBot.Coaching.Practice;

public static class PracticeServiceCollectionExtensions
{
    internal const string PracticeCommand = "practice";
    internal const string ProgressCommand = "progress";
    internal const string ReadinessCommand = "readiness";
    internal const string ReminderCommand = "remind";

    /// <summary>
    /// New-hire practice: the FSRS scheduler (from the <c>Practice</c> settings), the practice,
    /// progress, team-readiness and reminder flows and their commands, and the daily reminder job
    /// (sent by the proactive machinery's workers), and the <see cref="ItemReport"/> (scoped, over the
    /// store) for the tools. The store (<see cref="IPracticeStore"/>)
    /// comes from the storage layer.
    /// </summary>
    public static IServiceCollection AddPractice(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PracticeOptions>()
            .BindConfiguration(PracticeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(_ => QuestionBank.LoadEmbedded());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PracticeOptions>>().Value;
            return new FsrsScheduler(FsrsParameters.Default with
            {
                DesiredRetention = options.DesiredRetention,
                MaximumIntervalDays = options.MaximumIntervalDays,
            });
        });
        services.TryAddScoped<PracticeSteps>();
        services.TryAddScoped<ItemReport>();
        services.AddDialog<PracticeDialog>();
        services.AddDialog<PracticeProgressDialog>();
        services.AddDialog<TeamReadinessDialog>();
        services.AddDialog(_ => new CardFormPrompt(PracticeDialog.AnswerPromptId, PracticeSteps.ValidateAnswerAsync));
        services.AddDialog(_ => new CardFormPrompt(PracticeDialog.NextPromptId, PracticeSteps.ValidateNextAsync));
        services.AddDialog<PracticeReminderDialog>();
        services.AddDialog(_ => new CardFormPrompt(PracticeReminderDialog.FormPromptId, PracticeReminderDialog.ValidateAsync));
        services.AddScoped<IProactiveJob, PracticeReminderJob>();
        services.AddCoachCommand(PracticeCommand, PracticeDialog.DialogId, order: 40, texts: PracticeText.ResourceManager);
        services.AddCoachCommand(ProgressCommand, PracticeProgressDialog.DialogId, order: 41, texts: PracticeText.ResourceManager);
        services.AddCoachCommand(ReminderCommand, PracticeReminderDialog.DialogId, order: 43, texts: PracticeText.ResourceManager);
        services.AddCoachCommand(ReadinessCommand, TeamReadinessDialog.DialogId, order: 42, texts: PracticeText.ResourceManager);
        return services;
    }
}
