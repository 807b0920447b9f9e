using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Rep;
using SalesCoachBot.Dialogs.Interruptions;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Users;

/// <summary>
/// The <c>timezone</c> command: asks for an IANA zone, checks it exists, and stores it on the user,
/// where it wins over what the Teams client reports. <c>timezone clear</c> (or "clear" at the
/// question) forgets it, so the client's zone is followed again.
/// </summary>
internal sealed class TimeZoneDialog(IUserStore users, TurnUserResolver resolver, IOptions<NudgeOptions> options) : WaterfallDialog(DialogId, Steps(users, resolver, options))
{
    public const string DialogId = "nudge.timezone";
    public const string PromptId = "nudge.timezone.prompt";

    public static TextPrompt CreatePrompt() => new(PromptId, (prompt, _) =>
    {
        var typed = prompt.Recognized.Value?.Trim() ?? string.Empty;
        if (InputLimits.TooLong(typed, InputLimits.TimeZone, NudgeText.Get("TimeZone.Field", prompt.Culture), prompt.Culture) is { } tooLong)
        {
            prompt.RetryMessage = tooLong;
            return Task.FromResult(false);
        }

        var valid = IsIanaZone(typed) || IsClear(typed);
        if (!valid)
        {
            prompt.RetryMessage = NudgeText.Format("TimeZone.Invalid", prompt.Culture, CardText.Escape(typed));
        }

        return Task.FromResult(valid);
    });

    /// <summary>IANA names only (Area/Location, or UTC): Windows names would not travel to other hosts.</summary>
    internal static bool IsIanaZone(string id) =>
        id.Length is > 0 and <= 64
        && (id.Contains('/', StringComparison.Ordinal) || id == "UTC")
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && (zone.HasIanaId || id == "UTC");

    /// <summary>"clear" in either language, alone at the question or with the command.</summary>
    private static bool IsClear(string? typed)
    {
        var normalized = TextNormalizer.Normalize(typed).TrimStart('/');
        return normalized.Length > 0 && TurnUserResolver.Cultures
            .SelectMany(culture => NudgeText.Get("TimeZone.ClearWords", culture).Split('|'))
            .Any(word => TextNormalizer.Normalize(word) == normalized);
    }

    private static WaterfallStep[] Steps(IUserStore users, TurnUserResolver resolver, IOptions<NudgeOptions> options) =>
    [
        async (step, ct) => IsClear(step.Context.Activity.TextWithoutBotMention())
            ? await step.NextAsync(step.Context.Activity.TextWithoutBotMention(), ct).ConfigureAwait(false)
            : await step.PromptAsync(PromptId, new PromptOptions { Prompt = NudgeText.Get("TimeZone.Prompt", step.Culture) }, ct).ConfigureAwait(false),
        async (step, ct) =>
        {
            if (step.PromptGaveUp || step.Context.Activity.From?.Id is not { } userId)
            {
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            var typed = step.ResultAs<string>()!.Trim();
            var profile = await users.FindAsync(userId, ct).ConfigureAwait(false) ?? new UserProfile(userId);
            if (IsClear(typed))
            {
                var cleared = profile with { TimeZone = null };
                await users.UpsertAsync(cleared, ct).ConfigureAwait(false);
                var now = resolver.ForTurn(step.Context.Activity, cleared).TimeZone.Id;
                await step.Context.SendTextAsync(NudgeText.Format("TimeZone.Cleared", step.Culture, now), ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            await users.UpsertAsync(profile with { TimeZone = typed }, ct).ConfigureAwait(false);
            var at = options.Value.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture);
            await step.Context.SendTextAsync(NudgeText.Format("TimeZone.Saved", step.Culture, typed, at), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(typed, ct).ConfigureAwait(false);
        },
    ];
}
