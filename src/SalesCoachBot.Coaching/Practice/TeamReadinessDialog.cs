using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Practice.Fsrs;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// A manager's team readiness (团队进度 / readiness): everyone who names the asking manager as theirs
/// and has practised — no role to set first — with mastery per section; and the card's buttons:
/// send a learner a practice session on one section, mark or unmark a learner as a new hire (which
/// only puts them first). Only the caller's own reports are read or acted on.
/// </summary>
internal sealed class TeamReadinessDialog(
    IPracticeStore store,
    IUserStore users,
    QuestionBank bank,
    FsrsScheduler scheduler,
    IConversationReferenceStore references,
    IProactiveStore outbox,
    ProactiveDeliverySignal signal,
    TurnUserResolver resolver,
    IOptions<PracticeOptions> options) : Dialog(DialogId)
{
    public const string DialogId = "practice.readiness";
    public const string FocusKind = "practice-focus";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var userId = dc.Context.Activity.From?.Id ?? throw new InvalidOperationException("A readiness turn needs the user's id.");
        if (options is CardActionData { Action: { } action, RepId: { } hireId } data)
        {
            await ActAsync(dc, userId, action, hireId, data, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ShowAsync(dc, userId, cancellationToken).ConfigureAwait(false);
        }

        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowAsync(DialogContext dc, string managerId, CancellationToken cancellationToken)
    {
        var culture = dc.Culture;
        var reports = (await users.ListReportsAsync(managerId, cancellationToken).ConfigureAwait(false))
            .Where(u => u.Id != managerId)
            .ToList();
        if (reports.Count == 0)
        {
            var me = await users.FindAsync(managerId, cancellationToken).ConfigureAwait(false);
            var key = me?.Role == UserRole.Manager ? "Readiness.NoHires" : "Readiness.NotManager";
            await dc.Context.SendTextAsync(PracticeText.Get(key, culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        var rows = new List<HireReadiness>();
        foreach (var report in reports)
        {
            // Anyone who has practised is a learner: the NewHire mark only decides who comes first.
            if (await ProgressAsync(dc, report, cancellationToken).ConfigureAwait(false) is { } progress)
            {
                rows.Add(new HireReadiness(report.Id, report.Name ?? report.Id, report.Role == UserRole.NewHire, progress));
            }
        }

        if (rows.Count == 0)
        {
            await dc.Context.SendTextAsync(PracticeText.Get("Readiness.NoHires", culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        var ordered = rows
            .OrderByDescending(r => r.IsNewHire)
            .ThenBy(r => r.Progress.Mastery)
            .ThenBy(r => r.Name, StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        var card = TeamReadinessCard.Build(ordered, Settings.SectionMasteryTarget, PracticeServiceCollectionExtensions.ReadinessCommand, culture);
        await dc.Context.SendCardAsync(card, PracticeText.Get("Readiness.Title", culture), cancellationToken).ConfigureAwait(false);
    }

    private async Task ActAsync(DialogContext dc, string managerId, string action, string hireId, CardActionData data, CancellationToken cancellationToken)
    {
        var culture = dc.Culture;
        var hire = await users.FindAsync(hireId, cancellationToken).ConfigureAwait(false);
        if (hire is null || hire.ManagerId != managerId || hire.Id == managerId)
        {
            await dc.Context.SendTextAsync(PracticeText.Get("Readiness.NotInTeam", culture), cancellationToken).ConfigureAwait(false);
            return;
        }

        var name = hire.Name ?? hire.Id;
        switch (action)
        {
            case ReadinessActions.Focus when Enum.TryParse<MethodologySection>(data.Input(ReadinessActions.SectionKey), out var section)
                && Enum.IsDefined(section):
                await SendFocusAsync(dc, hire, section, cancellationToken).ConfigureAwait(false);
                break;

            case ReadinessActions.NewHire when hire.Role is UserRole.Manager or UserRole.Admin:
                await dc.Context.SendTextAsync(PracticeText.Format("Readiness.CannotMark", culture, CardText.Escape(name)), cancellationToken).ConfigureAwait(false);
                break;

            case ReadinessActions.NewHire:
                var on = data.Input(ReadinessActions.ValueKey) != ReadinessActions.Off;
                await users.UpsertAsync(hire with { Role = on ? UserRole.NewHire : UserRole.Rep }, cancellationToken).ConfigureAwait(false);
                await dc.Context.SendTextAsync(PracticeText.Format(on ? "Readiness.Marked" : "Readiness.Unmarked", culture, CardText.Escape(name)), cancellationToken).ConfigureAwait(false);
                await ShowAsync(dc, managerId, cancellationToken).ConfigureAwait(false);
                break;

            default:
                await ShowAsync(dc, managerId, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task SendFocusAsync(DialogContext dc, UserProfile hire, MethodologySection section, CancellationToken cancellationToken)
    {
        var culture = dc.Culture;
        var name = hire.Name ?? hire.Id;
        if (await references.FindForUserAsync(hire.Id, cancellationToken).ConfigureAwait(false) is null)
        {
            await dc.Context.SendTextAsync(PracticeText.Format("Focus.NotReachable", culture, CardText.Escape(name)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var progress = await ProgressAsync(dc, hire, cancellationToken).ConfigureAwait(false);
        var mastery = progress?.Sections.Single(s => s.Section == section).Mastery ?? 0;
        var hireCulture = resolver.ForProfile(hire).Culture;
        var managerName = dc.Context.Activity.From?.Name ?? dc.Context.Activity.From?.Id ?? string.Empty;
        var message = PracticeText.Format("Focus.Message", hireCulture, CardText.Escape(managerName), (int)section, CoachingText.Label(section, hireCulture), mastery);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock(message),
                new ActionSet(
                [
                    new SubmitAction(PracticeText.Get("Focus.Start", hireCulture))
                    {
                        Data = new CardActionData { Command = PracticeServiceCollectionExtensions.PracticeCommand }
                            .WithInput(ReadinessActions.SectionKey, section.ToString())
                            .ToJson(),
                    },
                ]),
            ],
            Lang = hireCulture.Name,
            FallbackText = message,
        };
        var activity = new Activity { Type = ActivityTypes.Message, Summary = message, Attachments = [CardSerializer.ToAttachment(card)] };
        await outbox.StageEnqueueAsync(new OutboxDraft(FocusKind, hire.Id, activity), cancellationToken).ConfigureAwait(false);
        signal.Wake();
        await dc.Context.SendTextAsync(
            PracticeText.Format("Focus.Sent", culture, CardText.Escape(name), (int)section, CoachingText.Label(section, culture)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The learner's progress, or null when they never answered a question.</summary>
    private async Task<PracticeProgress?> ProgressAsync(DialogContext dc, UserProfile learner, CancellationToken cancellationToken)
    {
        var activity = await store.ListActivityAsync(learner.Id, cancellationToken).ConfigureAwait(false);
        if (activity.Count == 0)
        {
            return null;
        }

        var items = await store.ListItemsAsync(learner.Id, cancellationToken).ConfigureAwait(false);
        // The learner's streak and last day count their own days, not the manager's.
        // The learner's streak counts their own days, not the manager's.
        var zone = resolver.ForProfile(learner).TimeZone;
        return PracticeProgressCalculator.Compute(bank, items, activity, dc.TimeProvider.GetUtcNow(), zone, scheduler, Settings);
    }

    private PracticeOptions Settings => options.Value;
}
