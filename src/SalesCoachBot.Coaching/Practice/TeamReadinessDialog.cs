using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Practice.Questions;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;

namespace SalesCoachBot.Coaching.Practice;

/// <summary>
/// A manager's team readiness (团队进度 / readiness): each new hire who reports to them, mastery per
/// section. Only the asking manager's own reports are read, so no one sees another team's hires.
/// </summary>
internal sealed class TeamReadinessDialog(
    IPracticeStore store, IUserStore users, QuestionBank bank, TurnUserResolver resolver, IOptions<PracticeOptions> options) : Dialog(DialogId)
{
    public const string DialogId = "practice.readiness";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var culture = dc.Culture;
        var userId = dc.Context.Activity.From?.Id ?? throw new InvalidOperationException("A readiness turn needs the user's id.");
        var me = await users.FindAsync(userId, cancellationToken).ConfigureAwait(false);
        if (me?.Role != UserRole.Manager)
        {
            await dc.Context.SendTextAsync(PracticeText.Get("Readiness.NotManager", culture), cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var hires = (await users.ListReportsAsync(userId, cancellationToken).ConfigureAwait(false))
            .Where(u => u.Role == UserRole.NewHire)
            .ToList();
        if (hires.Count == 0)
        {
            await dc.Context.SendTextAsync(PracticeText.Get("Readiness.NoHires", culture), cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var now = dc.TimeProvider.GetUtcNow();
        var masteryDays = Settings.MasteryStabilityDays;
        var rows = new List<HireReadiness>();
        foreach (var hire in hires)
        {
            var items = await store.ListItemsAsync(hire.Id, cancellationToken).ConfigureAwait(false);
            var activity = await store.ListActivityAsync(hire.Id, cancellationToken).ConfigureAwait(false);

            // The hire's streak counts their own days, not the manager's.
            var zone = resolver.ForProfile(hire).TimeZone;
            rows.Add(new HireReadiness(hire.Name ?? hire.Id, PracticeProgressCalculator.Compute(bank, items, activity, now, zone, masteryDays)));
        }

        var card = TeamReadinessCard.Build(rows, masteryDays, culture);
        await dc.Context.SendCardAsync(card, PracticeText.Get("Readiness.Title", culture), cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private PracticeOptions Settings => options.Value;
}
