using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;
using SalesCoachBot.Coaching.Rep.Privacy;
using SalesCoachBot.Coaching.Rep.Stage;
using SalesCoachBot.Coaching.Rep.Verification;
using SalesCoachBot.Coaching.Turns;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Prompts;

namespace SalesCoachBot.Coaching.Rep;

internal static class RepServiceCollectionExtensions
{
    /// <summary>The rep's journey: deals, pre-visit checklist, people, KP and coach checks, stage check, debrief, gaps.</summary>
    public static IServiceCollection AddRepFlows(this IServiceCollection services)
    {
        services.AddScoped<RepDeals>();
        services.AddScoped<GapReport>();
        services.AddScoped<ICardRefresher, GapCardRefresher>();

        services.AddDialog(_ => new ChoicePrompt(PickDealDialog.ChoicePromptId));
        services.AddDialog(_ => new CardFormPrompt(DealFormDialog.FormPromptId, DealFormDialog.ValidateAsync));
        services.AddDialog(_ => new CardFormPrompt(PrepareVisitDialog.FormPromptId, PrepareVisitDialog.ValidateAsync));
        services.AddDialog(_ => new CardFormPrompt(PeopleDialog.FormPromptId, PeopleDialog.ValidateAsync));
        services.AddDialog(_ => new CardFormPrompt(StageCheckDialog.FormPromptId));
        services.AddDialog(_ => new CardFormPrompt(StageCheckDialog.ApplyPromptId));
        services.AddDialog(_ => new CardFormPrompt(DebriefDialog.FormPromptId, DebriefDialog.ValidateAsync));
        foreach (var kind in Enum.GetValues<VerificationKind>())
        {
            services.AddDialog(_ => new CardFormPrompt(VerificationDialog.FormPromptIdFor(kind), VerificationDialog.ValidatorFor(kind)));
            services.AddDialog(sp => new VerificationDialog(kind, sp.GetRequiredService<RepDeals>(), sp.GetRequiredService<GapReport>()));
        }

        services.AddDialog<PickDealDialog>();
        services.AddDialog<DealFormDialog>();
        services.AddDialog<MyDealsDialog>();
        services.AddDialog<PrepareVisitDialog>();
        services.AddDialog<PeopleDialog>();
        services.AddDialog<StageCheckDialog>();
        services.AddDialog<DebriefDialog>();
        services.AddDialog<GapsDialog>();

        var texts = RepText.ResourceManager;
        services.AddCoachCommand(RepCommands.Deals, MyDealsDialog.DialogId, order: 10, texts);
        services.AddCoachCommand(RepCommands.Prep, PrepareVisitDialog.DialogId, order: 11, texts);
        services.AddCoachCommand(RepCommands.People, PeopleDialog.DialogId, order: 12, texts);
        services.AddCoachCommand(RepCommands.Kp, VerificationDialog.KpDialogId, order: 13, texts);
        services.AddCoachCommand(RepCommands.Coach, VerificationDialog.CoachDialogId, order: 14, texts);
        services.AddCoachCommand(RepCommands.Stage, StageCheckDialog.DialogId, order: 15, texts);
        services.AddCoachCommand(RepCommands.Debrief, DebriefDialog.DialogId, order: 16, texts);
        services.AddCoachCommand(RepCommands.Gaps, GapsDialog.DialogId, order: 17, texts);
        services.AddRepPrivacy();
        return services;
    }
}
