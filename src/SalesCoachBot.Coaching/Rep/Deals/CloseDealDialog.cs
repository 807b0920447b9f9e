using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// "结单" / "close deal": the rep marks the deal won or lost (the buttons carry the outcome, so the
/// card needs no state). A closed deal is deleted with its people once the retention period has
/// passed (<c>Privacy:ClosedDealRetentionDays</c>); the rep is told when.
/// </summary>
internal sealed class CloseDealDialog(RepDeals deals, Microsoft.Extensions.Options.IOptions<Privacy.PrivacyOptions> privacy) : RepFlowDialog(DialogId, "Help.close",
[
    .. DealSteps.Resolve(deals),
    (step, ct) => ActAsync(step, deals, privacy.Value, ct),
])
{
    public const string DialogId = "rep.close";
    public const string Command = "close";

    private static async Task<Dialogs.DialogTurnResult> ActAsync(WaterfallStepContext step, RepDeals deals, Privacy.PrivacyOptions privacy, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var dealName = RepText.Format("Deal.Pick.Item", step.Culture, deal.Customer, deal.Name);
        if (Enum.TryParse<DealOutcome>(step.OptionsAs<CardActionData>()?.Action, ignoreCase: false, out var outcome) && Enum.IsDefined(outcome))
        {
            var today = deals.Today(step.DialogContext);
            var closedOn = deal.ClosedOn ?? today;
            await deals.SaveAsync(DealSteps.UserId(step), deal with { Outcome = outcome, ClosedOn = closedOn }, cancellationToken).ConfigureAwait(false);
            var text = RepText.Format($"Close.Done.{outcome}", step.Culture, dealName, closedOn.AddDays(privacy.ClosedDealRetentionDays).ToString("d", step.Culture));
            await step.Context.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var question = RepText.Format("Close.Question", step.Culture, dealName);
        var request = new CardActionData { Command = Command, DealId = deal.Id.ToString("D") };
        var card = new AdaptiveCard
        {
            Body = [RepCardParts.Heading(question), new TextBlock(RepText.Format("Close.Retention", step.Culture, privacy.ClosedDealRetentionDays)) { IsSubtle = true }],
            Lang = step.Culture.Name,
            FallbackText = question,
            Actions =
            [
                (request with { Action = nameof(DealOutcome.Won) }).ToSubmit(RepText.Get("Close.Won", step.Culture)) with { Style = "positive" },
                (request with { Action = nameof(DealOutcome.Lost) }).ToSubmit(RepText.Get("Close.Lost", step.Culture)),
            ],
        };
        await step.Context.SendCardAsync(card, RepText.Get("Command.close.Title", step.Culture), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
