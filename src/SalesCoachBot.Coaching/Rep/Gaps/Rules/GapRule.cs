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
    public abstract string Id { get; }

    public abstract CourseReference Source { get; }

    public abstract int Rank { get; }

    public abstract IEnumerable<Gap> Evaluate(Deal deal, DateOnly today);

    protected Gap Create(GapSeverity severity, GapFlow flow, Stakeholder? about = null, DecisionChainRole? role = null, params string[] arguments) => new()
    {
        RuleId = Id,
        Severity = severity,
        Flow = flow,
        Source = Source,
        MessageKey = $"Gap.{Id}.Message",
        NextActionKey = $"Gap.{Id}.Action",
        StakeholderId = about?.Id,
        Role = role,
        Rank = Rank,
        Arguments = about is null ? arguments : [about.Name, .. arguments],
    };
}
