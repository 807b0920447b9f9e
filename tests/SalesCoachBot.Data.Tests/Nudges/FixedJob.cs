using SalesCoachBot.Coaching.Proactive;
using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Data.Tests.Nudges;

/// <summary>A daily job over fixed recipients that records when (on the clock) each message was built.</summary>
internal sealed class FixedJob(TimeProvider clock, params ProactiveRecipient[] recipients) : IProactiveJob
{
    private readonly List<(string UserId, DateOnly LocalDate, DateTimeOffset BuiltAt)> _built = [];

    public string Kind => "test-daily";

    public IReadOnlyList<(string UserId, DateOnly LocalDate, DateTimeOffset BuiltAt)> Built => _built;

    /// <summary>Recipients with nothing to say today.</summary>
    public HashSet<string> Silent { get; } = [];

    public Task<IReadOnlyList<ProactiveRecipient>> ListRecipientsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProactiveRecipient>>(recipients);

    public Task<Activity?> BuildAsync(string recipientUserId, DateOnly localDate, CancellationToken cancellationToken)
    {
        _built.Add((recipientUserId, localDate, clock.GetUtcNow()));
        return Task.FromResult(Silent.Contains(recipientUserId)
            ? null
            : new Activity { Type = ActivityTypes.Message, Text = $"digest {recipientUserId} {localDate:yyyy-MM-dd}" });
    }
}
