using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Deals;

/// <summary>
/// Creates a deal, or edits one when begun with its id (re-checked as the rep's), from a card form;
/// the deal becomes the rep's current deal. Ends with the deal's id, or null when refused.
/// </summary>
internal sealed class DealFormDialog(RepDeals deals) : RepFlowDialog(DialogId, "Help.deals",
[
    (step, ct) => AskAsync(step, deals, ct),
    (step, ct) => SaveAsync(step, deals, ct),
])
{
    public const string DialogId = "rep.dealForm";
    public const string FormPromptId = "rep.dealForm.card";
    private const string EditingKey = "editing";

    public static Task<bool> ValidateAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var form = prompt.Recognized.Value;
        if (InputLimits.TooLong(form, prompt.Culture,
            (DealFormCard.Customer, InputLimits.CustomerName, RepText.Get("Deal.Form.Customer", prompt.Culture)),
            (DealFormCard.Name, InputLimits.DealName, RepText.Get("Deal.Form.Name", prompt.Culture))) is { } tooLong)
        {
            prompt.RetryMessage = tooLong;
            return Task.FromResult(false);
        }

        var ok = FormValues.Text(form, DealFormCard.Customer) is not null && FormValues.Text(form, DealFormCard.Name) is not null;
        if (!ok)
        {
            prompt.RetryMessage = RepText.Get("Deal.Form.Required", prompt.Culture);
        }

        return Task.FromResult(ok);
    }

    private static async Task<Dialogs.DialogTurnResult> AskAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        Deal? deal = null;
        if (step.OptionsAs<CardActionData>()?.DealId is { } asked && Guid.TryParse(asked, out var id))
        {
            var access = await deals.OpenAsync(DealSteps.UserId(step), id, cancellationToken).ConfigureAwait(false);
            if (access.Deal is null)
            {
                await step.Context.SendTextAsync(RepText.Get(access.RefusalKey!, step.Culture), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            deal = access.Deal;
            step.SetValue(EditingKey, id);
        }
        else if (await IsFullAsync(step, deals, cancellationToken).ConfigureAwait(false))
        {
            await step.Context.SendTextAsync(TooManyDeals(step), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(FormPromptId, new PromptOptions { Card = DealFormCard.Build(step.Culture, deal) }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> SaveAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        var form = step.ResultAs<JsonElement>();
        var userId = DealSteps.UserId(step);
        var existing = step.GetValue<Guid?>(EditingKey);
        Deal deal;
        if (existing is { } id)
        {
            var access = await deals.OpenAsync(userId, id, cancellationToken).ConfigureAwait(false);
            if (access.Deal is null)
            {
                await step.Context.SendTextAsync(RepText.Get(access.RefusalKey!, step.Culture), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            deal = Apply(access.Deal, form);
        }
        else if (await IsFullAsync(step, deals, cancellationToken).ConfigureAwait(false))
        {
            // The form was opened before the list filled up (another card, another device).
            await step.Context.SendTextAsync(TooManyDeals(step), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            deal = Apply(new Deal { Id = Guid.NewGuid(), Customer = string.Empty, Name = string.Empty }, form);
        }

        await deals.SaveAsync(userId, deal, cancellationToken).ConfigureAwait(false);
        await deals.SetCurrentAsync(userId, deal.Id, cancellationToken).ConfigureAwait(false);
        if (existing is null && IsTheFlow(step))
        {
            var card = DealCreatedCard.Build(deal, step.Culture);
            await step.Context.SendCardAsync(card, card.FallbackText, cancellationToken).ConfigureAwait(false);
        }
        else if (existing is null)
        {
            // Inside another flow (e.g. prep with no deal yet), that flow's next question is the next
            // step: the confirmation goes above it, in the same message.
            step.Context.AddLeadText(RepText.Format("Deal.Created", step.Culture, CardText.Escape(deal.Customer), CardText.Escape(deal.Name)));
        }

        return await step.EndDialogAsync(deal.Id, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> IsFullAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken) =>
        (await deals.ListAsync(DealSteps.UserId(step), cancellationToken).ConfigureAwait(false)).Count >= InputLimits.DealsPerRep;

    private static string TooManyDeals(WaterfallStepContext step) =>
        InputLimits.TooMany(RepText.Get("Limits.Deals", step.Culture), InputLimits.DealsPerRep, step.Culture);

    // The deal form is what the rep asked for (the deals command, or the form alone), not a step of another flow.
    private static bool IsTheFlow(WaterfallStepContext step) =>
        step.DialogContext.Stack.Count > 0 && step.DialogContext.Stack[0].Id is MyDealsDialog.DialogId or DialogId;

    /// <summary>The deal as the form leaves it; also how the course-case replays build their deals.</summary>
    internal static Deal Apply(Deal deal, JsonElement form) => deal with
    {
        Customer = FormValues.Text(form, DealFormCard.Customer)!,
        Name = FormValues.Text(form, DealFormCard.Name)!,
        Value = FormValues.Number(form, DealFormCard.Value) ?? 0,
        ExpectedCloseOn = FormValues.Date(form, DealFormCard.CloseOn),
        Stage = FormValues.Enum<BuyingJourneyStage>(form, DealFormCard.Stage) ?? deal.Stage,
        DecisionMethod = FormValues.Enum<DecisionMethod>(form, DealFormCard.DecisionMethod) ?? deal.DecisionMethod,
        DecisionMethodConfirmed = FormValues.Toggle(form, DealFormCard.DecisionMethodConfirmed),
    };
}
