using Microsoft.Extensions.Logging;
using SalesCoachBot.Coaching.Manager.Directory;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Telemetry;
using SalesCoachBot.Protocol.Turns;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// The bot's turn: remembers who the user is and where to reach them, welcomes on install, then
/// sends a command (typed, from the Teams menu or from a card button) to its flow, and anything
/// else to the flow in progress — or to the menu when none is.
/// </summary>
internal sealed partial class CoachingTurnHandler(
    DialogRunner runner,
    CoachCommandRecognizer commands,
    IUserStore users,
    IConversationReferenceStore references,
    IUnitOfWork unitOfWork,
    MemberLookupBacklog memberLookups,
    TurnUserProvider turnUsers,
    ConversationScopePolicy scopePolicy,
    TurnUserResolver userResolver,
    DirectorySyncSignal directorySync,
    IEnumerable<ICardRefresher> refreshers,
    ILogger<CoachingTurnHandler> logger) : ITurnHandler
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        switch (scopePolicy.Classify(activity))
        {
            case ConversationScope.Ignored:
                TurnTelemetry.RecordRefused();
                LogIgnored(activity.ChannelId, activity.TenantId, activity.Id);
                return;
            case ConversationScope.Refused:
                TurnTelemetry.RecordRefused();
                await RefuseAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
        }

        // One activity of a conversation at a time, from the profile and reference it remembers to its commit.
        using var conversation = await runner.EnterConversationAsync(turn, cancellationToken).ConfigureAwait(false);
        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken).ConfigureAwait(false);
                break;

            case ActivityTypes.ConversationUpdate:
                if (activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true)
                {
                    var lookup = await RememberAsync(turn, cancellationToken).ConfigureAwait(false);
                    await CommitAsync(activity, cancellationToken).ConfigureAwait(false);
                    NoteLookup(lookup);
                }

                break;

            case ActivityTypes.Message:
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                var pending = await RememberAsync(turn, cancellationToken).ConfigureAwait(false);
                var user = await turnUsers.GetAsync(turn, cancellationToken).ConfigureAwait(false);
                if (turn.IsCardActionInvoke && CardActionData.Read(activity) is { IsRefresh: true } refresh)
                {
                    await RefreshAsync(turn, refresh, user, cancellationToken).ConfigureAwait(false);
                }
                else if (CardActionData.Read(activity) is { Command: MenuCard.AllCommands })
                {
                    // The short menu's "all commands": the whole menu, whatever flow is in progress.
                    await runner.StartDialogAsync(turn, MenuDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
                }
                else if (commands.Recognize(activity) is { } command)
                {
                    LogCommand(command.Command.Name, activity.Id);
                    TurnTelemetry.RecordCommand(command.Command.Name);
                    await runner.StartDialogAsync(turn, command.Command.DialogId, command.Options, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await runner.RunTurnAsync(turn, MenuDialog.DialogId, cancellationToken).ConfigureAwait(false);
                }

                // After the runner committed the turn, so the look-up finds the user it stores the addresses on.
                NoteLookup(pending);
                break;

            case ActivityTypes.Invoke:
                // Bot Framework's answer to an invoke the bot does not implement.
                turn.InvokeResponse = new InvokeResponse { StatusCode = 501 };
                break;
        }
    }

    /// <summary>
    /// A card's <c>refresh</c>: the card as it is now from the command that built it, through no dialog,
    /// so the flow in progress is untouched. Nothing to show (not the user's, or no such card) leaves
    /// the card as it is.
    /// </summary>
    private async Task RefreshAsync(TurnContext turn, CardActionData refresh, TurnUser user, CancellationToken cancellationToken)
    {
        var refresher = refreshers.FirstOrDefault(r => string.Equals(r.Command, refresh.Command, StringComparison.OrdinalIgnoreCase));
        var card = refresher is null ? null : await refresher.RefreshAsync(turn, refresh, user, cancellationToken).ConfigureAwait(false);
        LogRefresh(refresh.Command, card is not null, turn.Activity.Id);
        turn.InvokeResponse = card is null
            ? new InvokeResponse { StatusCode = 200, Type = InvokeResponse.MessageType, Value = CardSerializer.Data(CoachingText.Get("Refresh.Unavailable", user.Culture)) }
            : CardSerializer.ToInvokeResponse(card);
    }

    /// <summary>
    /// A group chat or a channel: one short refusal when someone speaks to the bot or installs it
    /// there, nothing stored, so the group never becomes a proactive target.
    /// </summary>
    private async Task RefuseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        LogRefused(activity.Conversation?.ConversationType, activity.Id);
        var speaksToTheBot = activity.Type is ActivityTypes.Message
            || (activity.Type == ActivityTypes.Invoke && activity.Name == InvokeNames.AdaptiveCardAction)
            || (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true);
        if (!speaksToTheBot)
        {
            if (activity.Type == ActivityTypes.Invoke)
            {
                turn.InvokeResponse = new InvokeResponse { StatusCode = 501 };
            }

            return;
        }

        await turn.SendTextAsync(CoachingText.Get("Scope.PersonalOnly", userResolver.CultureFor(activity)), cancellationToken).ConfigureAwait(false);
        if (activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = new InvokeResponse { StatusCode = 200 };
        }
    }

    private async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (activity.ChannelId is { } channelId && activity.Conversation?.Id is { } conversationId)
            {
                await references.DeactivateAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
                await CommitAsync(activity, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var lookup = await RememberAsync(turn, cancellationToken).ConfigureAwait(false);
        var culture = (await turnUsers.GetAsync(turn, cancellationToken).ConfigureAwait(false)).Culture;
        var card = WelcomeCard.Build(culture);
        await turn.SendCardAsync(card, card.FallbackText, cancellationToken).ConfigureAwait(false);
        await CommitAsync(activity, cancellationToken).ConfigureAwait(false);
        NoteLookup(lookup);
    }

    /// <summary>
    /// Stages the user's profile and conversation reference where they changed (compared with what is
    /// stored; nothing is staged otherwise). They are committed with the rest of the turn, in its one
    /// transaction: by the dialog runner for a message or a card press, here for the other activities.
    /// Returns the email/UPN look-up the user needs, for <see cref="NoteLookup"/> once the turn committed.
    /// </summary>
    private async Task<MemberLookupRequest?> RememberAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.From?.Id is not { Length: > 0 } userId || activity.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            return null;
        }

        var known = await users.FindAsync(userId, cancellationToken).ConfigureAwait(false);
        var profile = (known ?? new UserProfile(userId)) with
        {
            Name = activity.From.Name ?? known?.Name,
            AadObjectId = activity.From.AadObjectId ?? known?.AadObjectId,
            // Where people are looked up for this user: only ever among their own tenant's.
            TenantId = activity.TenantId ?? known?.TenantId,
            Locale = activity.Locale ?? known?.Locale,
            // Kept apart from the zone the user chose (TimeZone, which only the command sets), and
            // refreshed: the client reports a new zone when its user travels.
            ClientTimeZone = TurnUserResolver.ClientTimeZone(activity) ?? known?.ClientTimeZone,
        };
        if (profile != known)
        {
            await users.UpsertAsync(profile, cancellationToken).ConfigureAwait(false);
        }

        await references.SaveAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        if (known is null)
        {
            // A new user's manager is asked of the company directory in the background, off this turn (a wake before the turn commits is
            // caught by the worker's next poll).
            directorySync.Wake();
        }

        return profile.Email is null && profile.UserPrincipalName is null
            ? new MemberLookupRequest(activity.ServiceUrl, activity.Conversation.Id, userId)
            : null;
    }

    /// <summary>
    /// Activities carry no email or UPN: a user whose profile has neither is looked up in the background
    /// (<see cref="MemberLookupBacklog"/>, at most once an hour per user), never in the turn.
    /// </summary>
    private void NoteLookup(MemberLookupRequest? request)
    {
        if (request is not null && !memberLookups.TryEnqueue(request, out var full) && full)
        {
            LogLookupDropped(request.UserId, MemberLookupBacklog.Capacity);
        }
    }

    private async Task CommitAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outcome = await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (outcome != UnitOfWorkOutcome.Committed)
        {
            LogNotRemembered(activity.From?.Id, outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} ignored: channel {ChannelId} or tenant {TenantId} not served")]
    private partial void LogIgnored(string? channelId, string? tenantId, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} refused: conversation type {ConversationType} is not a 1:1 chat")]
    private partial void LogRefused(string? conversationType, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh of a {Command} card from activity {ActivityId}: {Refreshed}")]
    private partial void LogRefresh(string? command, bool refreshed, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} from activity {ActivityId}")]
    private partial void LogCommand(string command, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email/UPN look-up of {UserId} dropped: {Capacity} already waiting")]
    private partial void LogLookupDropped(string userId, int capacity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} and their conversation reference not refreshed: {Outcome}")]
    private partial void LogNotRemembered(string? userId, UnitOfWorkOutcome outcome);
}
