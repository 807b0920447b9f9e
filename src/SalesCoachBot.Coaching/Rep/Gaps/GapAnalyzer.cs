using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>Runs every gap rule over a deal and sorts the gaps, most severe first.</summary>
public sealed class GapAnalyzer
{
    private readonly IReadOnlyList<IGapRule> _rules;

    public GapAnalyzer(IEnumerable<IGapRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
    }

    public IReadOnlyList<IGapRule> Rules => _rules;

    /// <summary>A stable order: severity, then rule id, then the rule's own order.</summary>
    public IReadOnlyList<Gap> Analyze(Deal deal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return [.. _rules
            .SelectMany(rule => rule.Evaluate(deal, today))
            .OrderBy(gap => gap.Severity)
            .ThenBy(gap => gap.RuleId, StringComparer.Ordinal)];
    }
}
