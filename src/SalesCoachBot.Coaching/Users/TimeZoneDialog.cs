using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.Manager.Digest;
using SalesCoachBot.Coaching.Resources;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Coaching.Users;

/// <summary>
/// The <c>timezone</c> command: asks for an IANA zone, checks it exists, and stores it on the user,
/// where it wins over what the Teams client reports.
/// </summary>
internal sealed class TimeZoneDialog(IUserStore users, IOptions<NudgeOptions> options) : WaterfallDialog(DialogId, Steps(users, options))
{
    public const string DialogId = "nudge.timezone";
    public const string PromptId = "nudge.timezone.prompt";

    public static TextPrompt CreatePrompt() => new(PromptId, (prompt, _) =>
    {
        var typed = prompt.Recognized.Value?.Trim() ?? string.Empty;
        var valid = IsIanaZone(typed);
        if (!valid)
        {
            prompt.RetryMessage = NudgeText.Format("TimeZone.Invalid", prompt.Culture, typed);
        }

        return Task.FromResult(valid);
    });

    /// <summary>IANA names only (Area/Location, or UTC): Windows names would not travel to other hosts.</summary>
    internal static bool IsIanaZone(string id) =>
        id.Length is > 0 and <= 64
        && (id.Contains('/', StringComparison.Ordinal) || id == "UTC")
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && (zone.HasIanaId || id == "UTC");

    private static WaterfallStep[] Steps(IUserStore users, IOptions<NudgeOptions> options) =>
    [
        (step, ct) => step.PromptAsync(PromptId, new PromptOptions { Prompt = NudgeText.Get("TimeZone.Prompt", step.Culture) }, ct),
        async (step, ct) =>
        {
            if (step.PromptGaveUp || step.Context.Activity.From?.Id is not { } userId)
            {
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }

            var zone = step.ResultAs<string>()!.Trim();
            var profile = await users.FindAsync(userId, ct).ConfigureAwait(false) ?? new UserProfile(userId);
            await users.UpsertAsync(profile with { TimeZone = zone }, ct).ConfigureAwait(false);
            var at = options.Value.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture);
            await step.Context.SendTextAsync(NudgeText.Format("TimeZone.Saved", step.Culture, zone, at), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(zone, ct).ConfigureAwait(false);
        },
    ];
}
