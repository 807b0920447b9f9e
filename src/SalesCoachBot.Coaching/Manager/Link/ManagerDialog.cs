using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Manager.Link;

/// <summary>
/// The <c>manager</c> command. A rep names their manager by exact work email or UPN, looked up only among
/// the users of their own tenant (a few look-ups a minute); the named person is asked to accept, with
/// Accept and Decline buttons that come back here as <c>{"command": "manager", "action": "accept"|"decline", "rep": …}</c>.
/// A manager from the company directory cannot be changed here; the rep is told where it comes from.
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
            switch (step.OptionsAs<CardActionData>())
            {
                case { Action: NudgeActions.Accept, RepId: { } acceptedRep }:
                    await linker.AcceptAsync(step.Context, acceptedRep, step.Culture, ct).ConfigureAwait(false);
                    return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
                case { Action: NudgeActions.Decline, RepId: { } declinedRep }:
                    await linker.DeclineAsync(step.Context, declinedRep, step.Culture, ct).ConfigureAwait(false);
                    return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            if (await linker.FindDirectoryManagerAsync(step.Context.Activity.From?.Id ?? string.Empty, ct).ConfigureAwait(false) is { } directoryManager)
            {
                await step.Context.SendTextAsync(NudgeText.Format("Manager.FromDirectory", step.Culture, directoryManager.Name ?? directoryManager.Id), ct).ConfigureAwait(false);
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

            var address = step.ResultAs<string>()!.Trim();
            var candidates = await linker.FindCandidatesAsync(step.Context, address, ct).ConfigureAwait(false);
            switch (candidates?.Count)
            {
                case null:
                    await step.Context.SendTextAsync(NudgeText.Get("Manager.TooManyLookups", step.Culture), ct).ConfigureAwait(false);
                    return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
                case 0:
                    await step.Context.SendTextAsync(NudgeText.Format("Manager.NotFound", step.Culture, CardText.Escape(address)), ct).ConfigureAwait(false);
                    return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
                case 1:
                    return await step.NextAsync(new FoundChoice(0, candidates[0].Id, candidates[0].Name ?? candidates[0].Id), ct).ConfigureAwait(false);
                default:
                    // One address, several Teams accounts of the same tenant: rare, but the rep picks.
                    var choices = candidates.Select(c => new Choice(c.Name ?? c.Id, c.Id)).ToList();
                    return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = NudgeText.Format("Manager.Choose", step.Culture, CardText.Escape(address)), Choices = choices }, ct).ConfigureAwait(false);
            }
        },
        async (step, ct) =>
        {
            if (step.PromptGaveUp || step.ResultAs<FoundChoice>() is not { } chosen)
            {
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            await linker.RequestAsync(step.Context, chosen.Value, step.Culture, ct).ConfigureAwait(false);
            return await step.EndDialogAsync(chosen.Value, ct).ConfigureAwait(false);
        },
    ];
}
