using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>
/// "删除项目" / "delete deal", and the 删除 buttons on the people card and the deal view: asks
/// first (<see cref="DeleteConfirmCard"/>), then deletes the person with everything recorded about
/// them in the deal (<see cref="PersonErasure"/>), or the whole deal with its people, gap sightings
/// and managers' reviews. Only the deal's owner gets that far (<see cref="DealSteps"/>); a confirm
/// pressed again finds nothing and says so.
/// </summary>
internal sealed class DeleteDialog(RepDeals deals, IPrivacyStore privacy) : RepFlowDialog(DialogId, "Help.delete",
[
    .. DealSteps.Resolve(deals),
    (step, ct) => ActAsync(step, deals, privacy, ct),
])
{
    public const string DialogId = "rep.delete";
    public const string ConfirmAction = "confirm";
    public const string KeepAction = "keep";

    private static async Task<Dialogs.DialogTurnResult> ActAsync(WaterfallStepContext step, RepDeals deals, IPrivacyStore privacy, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var request = step.OptionsAs<CardActionData>() ?? new CardActionData();
        Stakeholder? person = null;
        if (request.PersonId is { } asked)
        {
            person = Guid.TryParse(asked, out var id) ? deal.Stakeholders.FirstOrDefault(s => s.Id == id) : null;
            if (person is null)
            {
                await step.Context.SendTextAsync(RepText.Get("Person.NotFound", step.Culture), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }
        }

        switch (request.Action)
        {
            case ConfirmAction when person is not null:
                var (left, _) = PersonErasure.Without(deal, person);
                await deals.SaveAsync(DealSteps.UserId(step), left, cancellationToken).ConfigureAwait(false);
                // Earlier answers to card presses that named them, and this one, are not kept either.
                await privacy.StageAnswerScrubAsync(StakeholderRecords.Forms(person.Name), cancellationToken).ConfigureAwait(false);
                step.Context.KeepNoAnswer();
                await step.Context.SendTextAsync(RepText.Format("Delete.Person.Done", step.Culture, person.Name), cancellationToken).ConfigureAwait(false);
                await step.Context.SendCardAsync(PeopleCard.Build(left, step.Culture), RepText.Get("Command.people.Title", step.Culture), cancellationToken).ConfigureAwait(false);
                break;
            case ConfirmAction:
                await privacy.StageDealDeletionAsync(deal.Id, cancellationToken).ConfigureAwait(false);
                step.Context.KeepNoAnswer();
                await step.Context.SendTextAsync(
                    RepText.Format("Delete.Deal.Done", step.Culture, RepText.Format("Deal.Pick.Item", step.Culture, deal.Customer, deal.Name), deal.Stakeholders.Count),
                    cancellationToken).ConfigureAwait(false);
                break;
            case KeepAction:
                await step.Context.SendTextAsync(RepText.Get("Delete.Kept", step.Culture), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await step.Context.SendCardAsync(DeleteConfirmCard.Build(deal, person, step.Culture), RepText.Get("Command.delete.Title", step.Culture), cancellationToken).ConfigureAwait(false);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
