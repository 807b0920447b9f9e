using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.Gaps;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.People;

/// <summary>
/// "people" / "人员": the deal's people list; from its buttons (<c>personId</c>: an id or "new") the
/// form to add or edit one person. A changed support level or score is a new dated assessment, so
/// the history shows how support moved.
/// </summary>
internal sealed class PeopleDialog(RepDeals deals, GapReport report) : RepFlowDialog(DialogId, "Help.people",
[
    .. DealSteps.Resolve(deals),
    (step, ct) => AskAsync(step, deals, ct),
    (step, ct) => SaveAsync(step, deals, report, ct),
])
{
    public const string DialogId = "rep.people";
    public const string FormPromptId = "rep.people.card";
    private const string PersonKey = "personId";

    public static Task<bool> ValidateAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var form = prompt.Recognized.Value;
        if (InputLimits.TooLong(form, prompt.Culture,
            (PersonFormCard.Name, InputLimits.PersonName, RepText.Get("Person.Name", prompt.Culture)),
            (PersonFormCard.JobTitle, InputLimits.PersonTitle, RepText.Get("Person.JobTitle", prompt.Culture))) is { } tooLong)
        {
            prompt.RetryMessage = tooLong;
            return Task.FromResult(false);
        }

        if (FormValues.Text(form, PersonFormCard.Name) is null)
        {
            prompt.RetryMessage = RepText.Get("Person.NameRequired", prompt.Culture);
            return Task.FromResult(false);
        }

        var badScore = Enum.GetValues<SupportDimension>().Any(d =>
            FormValues.Text(form, PersonFormCard.ScoreId(d)) is not null
            && !IsScore(FormValues.Number(form, PersonFormCard.ScoreId(d))));
        if (badScore)
        {
            prompt.RetryMessage = RepText.Get("Person.ScoreRange", prompt.Culture);
        }

        return Task.FromResult(!badScore);
    }

    private static async Task<Dialogs.DialogTurnResult> AskAsync(WaterfallStepContext step, RepDeals deals, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var asked = step.OptionsAs<CardActionData>()?.PersonId;
        if (asked is null)
        {
            await step.Context.SendCardAsync(PeopleCard.Build(deal, step.Culture), RepText.Get("Command.people.Title", step.Culture), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        Stakeholder? person = null;
        if (asked == RepCommands.NewPerson && deal.Stakeholders.Count >= InputLimits.PeoplePerDeal)
        {
            await step.Context.SendTextAsync(TooManyPeople(step), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (asked != RepCommands.NewPerson)
        {
            person = Guid.TryParse(asked, out var id) ? deal.Stakeholders.FirstOrDefault(s => s.Id == id) : null;
            if (person is null)
            {
                await step.Context.SendTextAsync(RepText.Get("Person.NotFound", step.Culture), cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            step.SetValue(PersonKey, person.Id);
        }

        var card = PersonFormCard.Build(person, step.Culture);
        if (person is not null)
        {
            // The person's own view: deleting them (after a confirm) starts from here.
            card = card with { Body = [.. card.Body, new ActionSet([Privacy.PrivacyCommands.Delete(deal.Id, person.Id).ToSubmit(RepText.Format("People.Delete", step.Culture, person.Name))])] };
        }

        return await step.PromptAsync(FormPromptId, new PromptOptions { Card = card }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dialogs.DialogTurnResult> SaveAsync(WaterfallStepContext step, RepDeals deals, GapReport report, CancellationToken cancellationToken)
    {
        if (await DealSteps.OpenAsync(step, deals, cancellationToken).ConfigureAwait(false) is not { } deal)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var form = step.ResultAs<JsonElement>();
        var today = deals.Today(step.DialogContext);
        var editing = step.GetValue<Guid?>(PersonKey);
        var before = editing is { } id ? deal.Stakeholders.FirstOrDefault(s => s.Id == id) : null;
        if (before is null && deal.Stakeholders.Count >= InputLimits.PeoplePerDeal)
        {
            // The form was opened before the list filled up (another card, another device).
            await step.Context.SendTextAsync(TooManyPeople(step), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var person = Apply(before ?? new Stakeholder { Id = Guid.NewGuid(), Name = string.Empty }, form, today);
        var people = before is null
            ? deal.Stakeholders.Append(person).ToList()
            : deal.Stakeholders.Select(s => s.Id == before.Id ? person : s).ToList();
        deal = deal with { Stakeholders = people };
        await deals.SaveAsync(DealSteps.UserId(step), deal, cancellationToken).ConfigureAwait(false);

        // Said above the gap card that follows, in one message, by Action.Execute as by Submit (the
        // form stays as its read-only copy); the card shows the chain with this person in it and
        // offers the next person (the people list is one button away).
        step.Context.SendNextCardToTheChat();
        step.Context.AddLeadText(RepText.Format("People.Saved", step.Culture, CardText.Escape(person.Name)));
        await report.SendAsync(step.Context, deal, today, step.Culture, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static string TooManyPeople(WaterfallStepContext step) =>
        InputLimits.TooMany(RepText.Get("Limits.People", step.Culture), InputLimits.PeoplePerDeal, step.Culture);

    /// <summary>The person as the form leaves him; also how the course-case replays build their people.</summary>
    internal static Stakeholder Apply(Stakeholder person, JsonElement form, DateOnly today)
    {
        var scores = Enum.GetValues<SupportDimension>()
            .Select(d => (Dimension: d, Score: FormValues.Number(form, PersonFormCard.ScoreId(d))))
            .Where(p => p.Score is not null)
            .ToDictionary(p => p.Dimension, p => (int)p.Score!.Value);
        var history = person.SupportHistory.ToList();
        if (FormValues.Enum<SupportLevel>(form, PersonFormCard.Support) is { } level)
        {
            var current = person.CurrentSupport;
            var changed = current is null || current.Level != level || !SameScores(current.Scores, scores);

            // "Re-assessed, no change" (重新评估客户支持度) is a judgement too: it dates the same level today.
            var reassessed = FormValues.Toggle(form, PersonFormCard.Reassessed) && current?.AssessedOn != today;
            if (changed || reassessed)
            {
                // Newest first: CurrentSupport takes the first of the latest date, so a second
                // assessment on the same day wins while the earlier one stays in the history.
                history.Insert(0, new SupportAssessment { AssessedOn = today, Level = level, Scores = scores });
            }
        }

        return person with
        {
            Name = FormValues.Text(form, PersonFormCard.Name)!,
            Title = FormValues.Text(form, PersonFormCard.JobTitle) ?? string.Empty,
            Department = FormValues.Enum<Department>(form, PersonFormCard.Department),
            DecisionChainRoles = FormValues.Enums<DecisionChainRole>(form, PersonFormCard.DecisionChainRoles),
            BuyingRoles = FormValues.Enums<BuyingRole>(form, PersonFormCard.BuyingRoles),
            FunctionalTypes = FormValues.Enums<FunctionalType>(form, PersonFormCard.FunctionalTypes),
            IsCoach = FormValues.Toggle(form, PersonFormCard.IsCoach),
            SupportHistory = history,
            LastContactOn = FormValues.Date(form, PersonFormCard.LastContact),
            PersonnelChange = FormValues.Toggle(form, PersonFormCard.PersonnelChange),
            HiddenPowers = FormValues.Enums<HiddenPowerType>(form, PersonFormCard.HiddenPowers),
            Circle = FormValues.Enum<RelationshipCircle>(form, PersonFormCard.Circle),

            // The course profiles management style for the decision layer only (预测决策层管理风格).
            ManagementStyle = FormValues.Enum<Department>(form, PersonFormCard.Department) == Department.DecisionLayer
                ? FormValues.Enum<ManagementStyle>(form, PersonFormCard.ManagementStyle)
                : null,
        };
    }

    private static bool IsScore(decimal? value) =>
        value is { } n && n >= SupportAssessment.MinScore && n <= SupportAssessment.MaxScore && n == decimal.Truncate(n);

    private static bool SameScores(IReadOnlyDictionary<SupportDimension, int> a, Dictionary<SupportDimension, int> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);
}
