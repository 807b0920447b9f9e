using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;


namespace SalesCoachBot.Coaching.Rep.Gaps.Rules;

/// <summary>
/// Shared shape of the rules: texts live under <c>Gap.{Id}.Message</c> and <c>Gap.{Id}.Action</c>
/// so adding a rule means adding exactly those two resource keys per culture.
/// </summary>
internal abstract class GapRule : IGapRule
{
    private string? _messageKey;
    private string? _nextActionKey;

    public abstract string Id { get; }

    public abstract CourseReference Source { get; }

    public abstract int Rank { get; }

    public virtual bool CanBeCritical => false;

    public abstract IEnumerable<Gap> Evaluate(Deal deal, DateOnly today);

    protected Gap Create(GapSeverity severity, GapFlow flow, Stakeholder? about = null, DecisionChainRole? role = null, params string[] arguments) => new()
    {
        // A critical gap from a rule that says it has none would never reach the manager's digest.
        Severity = severity != GapSeverity.Critical || CanBeCritical
            ? severity
            : throw new InvalidOperationException($"{Id} gave a critical gap but does not say it can ({nameof(CanBeCritical)})."),
        RuleId = Id,
        Flow = flow,
        Source = Source,
        MessageKey = _messageKey ??= $"Gap.{Id}.Message",
        NextActionKey = _nextActionKey ??= $"Gap.{Id}.Action",
        StakeholderId = about?.Id,
        Role = role,
        Rank = Rank,
        Arguments = about is null ? arguments : [about.Name, .. arguments],
    };
}
