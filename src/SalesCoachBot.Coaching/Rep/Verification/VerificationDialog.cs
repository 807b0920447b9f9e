using System.Text.Json;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>
/// "kp" / "关键人" and "coach" / "教练": choose the person among the deal's people, answer the
/// check's questions, see the confidence and its reasons. Choosing a KP makes them the deal's key
/// person; checking a coach marks them as coach.
/// </summary>
internal sealed class VerificationDialog(VerificationKind kind, RepDeals deals, GapReport report) : WaterfallDialog(IdFor(kind),
[
    .. DealSteps.Resolve(deals),
    (step, ct) => ChooseAsync(step, kind, deals, ct),
    (step, ct) => AskAsync(step, kind, deals, ct),
    (step, ct) => SaveAsync(step, kind, deals, report, ct),
])
{
    public const string KpDialogId = "rep.kp";
    public const string CoachDialogId = "rep.coach";
    private const string PersonKey = "personId";

    public override string? GetHelp(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RepText.Get(kind == VerificationKind.KeyPerson ? "Help.kp" : "Help.coach", dc.Culture);
    }

    public static string IdFor(VerificationKind kind) => kind == VerificationKind.KeyPerson ? KpDialogId : CoachDialogId;

    public static string FormPromptIdFor(VerificationKind kind) => $"{IdFor(kind)}.card";

    /// <summary>Every question of the kind's set must have one of its options.</summary>
    public static PromptValidator<JsonElement> ValidatorFor(VerificationKind kind) => (prompt, _) =>
    {
        var form = prompt.Recognized.Value;
        var ok = SetFor(kind).Questions.All(q => FormValues.Text(form, q.Id) is { } option && q.FindOption(option) is not null);
        if (!ok)
        {
            prompt.RetryMessage = RepText.Get("Verify.AnswerAll", prompt.Culture);
        }

        return Task.FromResult(ok);
    };

    private static VerificationQuestionSet SetFor(VerificationKind kind) => kind == VerificationKind.KeyPerson ? KeyPersonQuestions.Set : CoachQuestions.Set;

    private static async Task<Dialogs.DialogTurnResult> ChooseAsync(WaterfallStepContext step, VerificationKind kind, RepDeals deals, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (deal.Stakeholders.Count == 0)
        {
            await step.Context.SendTextAsync(RepText.Get("Verify.NoPeople", step.Culture), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var asked = step.OptionsAs<CardActionData>()?.PersonId;
        if (asked is not null && Guid.TryParse(asked, out var id) && deal.Stakeholders.FirstOrDefault(s => s.Id == id) is { } named)
        {
            return await step.NextAsync(new FoundChoice(0, named.Id.ToString("D"), named.Name), cancellationToken).ConfigureAwait(false);
        }

        // The likely candidates first: the current KP, or the people already marked as coach.
        var people = deal.Stakeholders
            .OrderByDescending(s => kind == VerificationKind.KeyPerson ? s.Id == deal.KeyPersonId : s.IsCoach)
            .Select(s => new Choice(s.Name, s.Id.ToString("D")))
            .ToList();
        var prompt = RepText.Get(kind == VerificationKind.KeyPerson ? "Verify.PickKp" : "Verify.PickCoach", step.Culture);
        return await step.PromptAsync(PickDealDialog.ChoicePromptId, new PromptOptions { Prompt = prompt, Choices = people }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> AskAsync(WaterfallStepContext step, VerificationKind kind, RepDeals deals, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var chosen = step.ResultAs<FoundChoice>();
        if (chosen is null || !Guid.TryParse(chosen.Value, out var id) || deal.Stakeholders.FirstOrDefault(s => s.Id == id) is not { } person)
        {
            await step.Context.SendTextAsync(RepText.Get("Person.NotFound", step.Culture), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.SetValue(PersonKey, person.Id);
        var earlier = kind == VerificationKind.KeyPerson
            ? (deal.KeyPersonId == person.Id ? deal.KeyPersonAnswers : [])
            : person.CoachAnswers;
        var title = RepText.Format(kind == VerificationKind.KeyPerson ? "Verify.KpTitle" : "Verify.CoachTitle", step.Culture, CardText.Escape(person.Name));
        var card = VerificationFormCard.Build(title, SetFor(kind), earlier, step.Culture);
        return await step.PromptAsync(FormPromptIdFor(kind), new PromptOptions { Card = card }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> SaveAsync(WaterfallStepContext step, VerificationKind kind, RepDeals deals, GapReport report, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var personId = step.GetValue<Guid>(PersonKey);
        if (deal.Stakeholders.FirstOrDefault(s => s.Id == personId) is not { } person)
        {
            await step.Context.SendTextAsync(RepText.Get("Person.NotFound", step.Culture), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var form = step.ResultAs<JsonElement>();
        var set = SetFor(kind);
        List<VerificationAnswer> answers = [.. set.Questions
            .Select(q => (Question: q, Option: FormValues.Text(form, q.Id)))
            .Where(a => a.Option is not null && a.Question.FindOption(a.Option) is not null)
            .Select(a => new VerificationAnswer(a.Question.Id, a.Option!))];
        VerificationResult result;
        if (kind == VerificationKind.KeyPerson)
        {
            deal = deal with { KeyPersonId = person.Id, KeyPersonAnswers = answers };
            result = KpCheck.Score(deal);
        }
        else
        {
            var coach = person with { IsCoach = true, CoachAnswers = answers };
            deal = deal with { Stakeholders = [.. deal.Stakeholders.Select(s => s.Id == coach.Id ? coach : s)] };
            result = CoachCheck.Score(coach);
        }

        await deals.SaveAsync(DealSteps.UserId(step), deal, cancellationToken).ConfigureAwait(false);
        var card = VerificationResultCard.Build(person.Name, result, step.Culture);
        await step.Context.SendCardAsync(card, card.FallbackText!, cancellationToken).ConfigureAwait(false);
        await report.SendAsync(step.Context, deal, deals.Today(step.DialogContext), step.Culture, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
