using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>
/// Runs every gap rule over a deal, ranks the gaps by what the course says matters, and merges the
/// gaps about one person into one line (docs/method.md, "Ranking").
/// </summary>
public sealed class GapAnalyzer
{
    private readonly IReadOnlyList<IGapRule> _rules;

    public GapAnalyzer(IEnumerable<IGapRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
    }

    public IReadOnlyList<IGapRule> Rules => _rules;

    /// <summary>
    /// Severity first (each rule sets it for the deal's stage and decision method); within a severity the
    /// rule's course rank; then the person's weight in the chain and the person's name. None of these
    /// is the rule id or the rules' registration order. A person's later gaps join his first one.
    /// </summary>
    public IReadOnlyList<Gap> Analyze(Deal deal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var ranked = _rules
            .SelectMany(rule => rule.Evaluate(deal, today))
            .OrderBy(gap => gap.Severity)
            .ThenByDescending(gap => gap.Rank)
            .ThenByDescending(gap => PersonWeight(deal, gap))
            .ThenBy(gap => string.Join('\u001f', gap.Arguments), StringComparer.Ordinal)
            .ToList();
        return Merge(ranked);
    }

    private static List<Gap> Merge(List<Gap> ranked)
    {
        var result = new List<Gap>(ranked.Count);
        var byPerson = new Dictionary<Guid, int>();
        foreach (var gap in ranked)
        {
            if (gap.StakeholderId is { } person && byPerson.TryGetValue(person, out var index))
            {
                var first = result[index];
                result[index] = first with { AlsoAbout = [.. first.AlsoAbout, gap] };
                continue;
            }

            if (gap.StakeholderId is { } id)
            {
                byPerson[id] = result.Count;
            }

            result.Add(gap);
        }

        return result;
    }

    // Two gaps of one rule about different people: the one about the person who decides comes first.
    private static int PersonWeight(Deal deal, Gap gap)
    {
        if (gap.StakeholderId is not { } id || deal.Stakeholders.FirstOrDefault(s => s.Id == id) is not { } person)
        {
            return 0;
        }

        return (person.HoldsDecidingRole ? 4 : 0) + (person.Id == deal.KeyPersonId ? 2 : 0) + (person.IsInDecisionChain ? 1 : 0);
    }
}
