using System.Collections.Concurrent;
using System.Text.Json;
using SalesCoachBot.Protocol.Activities;
using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.Protocol.Connector;
using SalesCoachBot.TestSupport.Cards;

namespace SalesCoachBot.TestSupport.Connector;

/// <summary>
/// A stand-in connector that records what the bot sends and reports it delivered, answering like the
/// service (an id for each sent activity, members with an email and UPN). One for every test project.
/// </summary>
public sealed class RecordingConnectorClient : IConnectorClient
{
    private readonly ConcurrentQueue<RecordedSend> _sends = new();
    private readonly ConcurrentQueue<string> _memberLookups = new();
    private readonly List<(Func<Activity, bool> Match, ConnectorResult Refusal, int Times)> _refusals = [];
    private readonly ConcurrentQueue<Activity> _refused = new();
    private readonly List<(Func<Activity, bool> Match, TaskCompletionSource Reached)> _hangs = [];
    private int _nextId;

    private readonly ConcurrentQueue<string> _oversized = new();
    private readonly ConcurrentQueue<string> _invalid = new();

    /// <summary>
    /// When true, every Adaptive Card sent or updated (replies, proactive messages, cards replaced in
    /// place) is checked against the Adaptive Cards 1.5 schema as it is recorded (<see cref="AdaptiveCardSchema"/>),
    /// and reading <see cref="Sends"/> fails the test if one was not valid.
    /// </summary>
    public bool ValidatesCards { get; init; }

    /// <summary>
    /// Everything sent. Reading what was sent fails the test if any card the bot sent was at or over
    /// Teams' limit (<see cref="CardSerializer.MaxCardBytes"/>, the whole message measured), so
    /// "every card any test emits is under 28 KB" holds wherever a test looks at the chat; with
    /// <see cref="ValidatesCards"/>, also if a card was not valid.
    /// </summary>
    public IReadOnlyList<RecordedSend> Sends
    {
        get
        {
            if (!_oversized.IsEmpty)
            {
                throw new InvalidOperationException("The bot sent a card Teams would refuse: " + string.Join("; ", _oversized));
            }

            if (!_invalid.IsEmpty)
            {
                throw new InvalidOperationException("The bot sent an invalid card: " + string.Join("\n", _invalid));
            }

            return [.. _sends];
        }
    }

    /// <summary>The user ids the bot looked up with <see cref="GetMemberAsync"/>.</summary>
    public IReadOnlyList<string> MemberLookups => [.. _memberLookups];

    /// <summary>User ids the service does not know (member lookups answer 404).</summary>
    public ISet<string> UnknownMembers { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>When set, member lookups throw, as a broken handler chain would.</summary>
    public bool MemberLookupsThrow { get; set; }

    private volatile TaskCompletionSource? _memberHold;

    /// <summary>From now on member lookups hang, as a slow service, until <see cref="ReleaseMemberLookups"/> (or the caller cancels).</summary>
    public void HoldMemberLookups() => _memberHold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The held member lookups are answered, and later ones at once.</summary>
    public void ReleaseMemberLookups()
    {
        _memberHold?.TrySetResult();
        _memberHold = null;
    }

    public IReadOnlyList<Activity> SentActivities => [.. Sends.Select(s => s.Activity)];

    /// <summary>The activities sent or replied into a conversation, in order (updates excluded).</summary>
    public IReadOnlyList<Activity> Sent =>
        [.. Sends.Where(s => s.Operation is nameof(SendToConversationAsync) or nameof(ReplyToActivityAsync)).Select(s => s.Activity)];

    /// <summary>The cards the bot replaced in place: the id it updated and the new activity.</summary>
    public IReadOnlyList<(string ActivityId, Activity Activity)> Updated =>
        [.. Sends.Where(s => s.Operation == nameof(UpdateActivityAsync)).Select(s => (s.Activity.Id ?? string.Empty, s.Activity))];

    public async Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        await HoldAsync(activity, cancellationToken).ConfigureAwait(false);
        return await Record(nameof(SendToConversationAsync), serviceUrl, conversationId, activity).ConfigureAwait(false);
    }

    public async Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        await HoldAsync(activity, cancellationToken).ConfigureAwait(false);
        return await Record(nameof(ReplyToActivityAsync), serviceUrl, conversationId, activity).ConfigureAwait(false);
    }

    /// <summary>
    /// The next send that <paramref name="match"/> is never answered, as a connector that hangs: only
    /// the caller's cancellation ends the call. The task completes when that send has arrived, so a
    /// test can move the bot's clock past the turn's budget exactly then.
    /// </summary>
    public Task Hang(Func<Activity, bool> match)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_refusals)
        {
            _hangs.Add((match, reached));
        }

        return reached.Task;
    }

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(nameof(UpdateActivityAsync), serviceUrl, conversationId, activity with { Id = activityId });

    public Task<ConnectorResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Record(nameof(DeleteActivityAsync), serviceUrl, conversationId, new Activity { Id = activityId });

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Record(nameof(CreateConversationAsync), serviceUrl, string.Empty, parameters.Activity ?? new Activity());

    /// <summary>
    /// The next <paramref name="times"/> sends or updates that <paramref name="match"/> are answered with
    /// <paramref name="refusal"/> (e.g. 413 too large, or 503 past the retries) and not delivered.
    /// </summary>
    public void Refuse(Func<Activity, bool> match, ConnectorResult refusal, int times = 1)
    {
        lock (_refusals)
        {
            _refusals.Add((match, refusal, times));
        }
    }

    /// <summary>Every send is delivered again.</summary>
    public void StopRefusing()
    {
        lock (_refusals)
        {
            _refusals.Clear();
        }
    }

    /// <summary>What was refused, in order.</summary>
    public IReadOnlyList<Activity> Refused => [.. _refused];

    private Task HoldAsync(Activity activity, CancellationToken cancellationToken)
    {
        TaskCompletionSource? reached = null;
        lock (_refusals)
        {
            var index = _hangs.FindIndex(h => h.Match(activity));
            if (index >= 0)
            {
                reached = _hangs[index].Reached;
                _hangs.RemoveAt(index);
            }
        }

        if (reached is null)
        {
            return Task.CompletedTask;
        }

        reached.SetResult();
        return Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private Task<ConnectorResult> Record(string operation, string serviceUrl, string conversationId, Activity activity)
    {
        if (activity.Attachments is { Count: > 0 } && MessageBytes(activity) is var size && size >= CardSerializer.MaxCardBytes)
        {
            // Teams answers 413: the send fails here as it would there, and the test fails when it reads the chat.
            _oversized.Enqueue($"{operation} of {size} bytes ({activity.Summary})");
            return Task.FromResult(new ConnectorResult(ConnectorOutcome.TooLarge, 413, Error: "message too large"));
        }

        if (ValidatesCards)
        {
            foreach (var card in (activity.Attachments ?? []).Where(a => a.ContentType == Attachment.AdaptiveCardContentType && a.Content is not null))
            {
                if (AdaptiveCardSchema.Problems(card.Content!.Value) is { Count: > 0 } problems)
                {
                    _invalid.Enqueue($"{operation} ({activity.Summary}): {string.Join("; ", problems)}\n{card.Content!.Value.GetRawText()}");
                }
            }
        }

        lock (_refusals)
        {
            var index = _refusals.FindIndex(r => r.Times > 0 && r.Match(activity));
            if (index >= 0)
            {
                var (match, refusal, times) = _refusals[index];
                _refusals[index] = (match, refusal, times - 1);
                _refused.Enqueue(activity);
                return Task.FromResult(refusal);
            }
        }

        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Recorded with the id the service gives it, so a test can press a button on "that" card.
        _sends.Enqueue(new RecordedSend(operation, serviceUrl, conversationId, activity with { Id = activity.Id ?? id }));
        return Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, 201, id));
    }

    /// <summary>The message as it goes on the wire, in UTF-8 bytes.</summary>
    public static int MessageBytes(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options).Length;

    /// <summary>
    /// Answers like Teams for a tenant user: email and UPN derived from the id without its prefix
    /// (<c>29:manager</c> is <c>manager@contoso.com</c>). Ids in <see cref="UnknownMembers"/> answer 404.
    /// </summary>
    public async Task<ConversationMemberResult> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        _memberLookups.Enqueue(userId);
        if (_memberHold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (MemberLookupsThrow)
        {
            throw new HttpRequestException("connection reset");
        }

        if (UnknownMembers.Contains(userId))
        {
            return new ConversationMemberResult(new ConnectorResult(ConnectorOutcome.ConversationGone, 404, Error: "member not found"));
        }

        var local = userId[(userId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var member = new ConversationMember
        {
            Id = userId,
            Email = $"{local}@contoso.com",
            UserPrincipalName = $"{local}@contoso.onmicrosoft.com",
        };
        return new ConversationMemberResult(new ConnectorResult(ConnectorOutcome.Sent, 200, userId), member);
    }
}
