using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Manager.Link;

/// <summary>
/// The <c>manager</c> command. A rep names their manager (name, email or UPN) among the users the bot knows (a choice
/// when several match); the manager is told, with a Decline button that comes back here as
/// <c>{"command": "manager", "action": "decline", "rep": …}</c>. A manager the bot does not know, or
/// cannot reach, has not installed the app, and the rep is told so.
/// </summary>
internal sealed class ManagerDialog(ManagerLinker linker) : WaterfallDialog(DialogId, Steps(linker))
{
    public const string DialogId = "team.manager";
    public const string NamePromptId = "team.manager.name";
    public const string ChoicePromptId = "team.manager.choice";

    private static WaterfallStep[] Steps(ManagerLinker linker) =>
    [
        async (step, ct) =>
        {
            if (step.OptionsAs<CardActionData>() is { Action: NudgeActions.Decline, RepId: { } repId })
            {
                await linker.DeclineAsync(step.Context, repId, step.Culture, ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            return await step.PromptAsync(NamePromptId, new PromptOptions { Prompt = NudgeText.Get("Manager.Prompt", step.Culture) }, ct).ConfigureAwait(false);
        },
        async (step, ct) =>
        {
            if (step.PromptGaveUp)
            {
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            var query = step.ResultAs<string>()!.Trim();
            var candidates = await linker.FindCandidatesAsync(step.Context.Activity.From?.Id ?? string.Empty, query, ct).ConfigureAwait(false);
            switch (candidates.Count)
            {
                case 0:
                    await step.Context.SendTextAsync(NudgeText.Format("Manager.NotFound", step.Culture, CardText.Escape(query)), ct).ConfigureAwait(false);
                    return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
                case 1:
                    return await step.NextAsync(new FoundChoice(0, candidates[0].Id, candidates[0].Name ?? candidates[0].Id), ct).ConfigureAwait(false);
                default:
                    var choices = candidates.Select(c => new Choice(c.Name ?? c.Id, c.Id)).ToList();
                    return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = NudgeText.Format("Manager.Choose", step.Culture, CardText.Escape(query)), Choices = choices }, ct).ConfigureAwait(false);
            }
        },
        async (step, ct) =>
        {
            if (step.PromptGaveUp || step.ResultAs<FoundChoice>() is not { } chosen)
            {
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            await linker.LinkAsync(step.Context, chosen.Value, step.Culture, ct).ConfigureAwait(false);
            return await step.EndDialogAsync(chosen.Value, ct).ConfigureAwait(false);
        },
    ];
}
