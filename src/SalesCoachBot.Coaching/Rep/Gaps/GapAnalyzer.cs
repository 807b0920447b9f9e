using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>
/// Runs every gap rule over a deal, ranks the gaps by what the course says matters, and merges the
/// gaps about one person into one line (docs/method.md, "Ranking").
/// </summary>
public sealed class GapAnalyzer
{
    private readonly IReadOnlyList<IGapRule> _rules;
    private readonly IReadOnlyList<IGapRule> _criticalRules;

    public GapAnalyzer(IEnumerable<IGapRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        _criticalRules = [.. _rules.Where(r => r.CanBeCritical)];
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
        return Rank(deal, Evaluate(_rules, deal, today));
    }

    /// <summary>
    /// The critical gaps of <see cref="Analyze"/>, in its order, from the rules that can give one; a
    /// person's second critical gap joins the first as there (lesser gaps are not gathered under them).
    /// The daily digest asks this of every deal, so a deal with none is not ranked at all.
    /// </summary>
    public IReadOnlyList<Gap> AnalyzeCritical(Deal deal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var gaps = Evaluate(_criticalRules, deal, today);
        gaps.RemoveAll(g => g.Severity != GapSeverity.Critical);
        return Rank(deal, gaps);
    }

    private static List<Gap> Evaluate(IReadOnlyList<IGapRule> rules, Deal deal, DateOnly today)
    {
        var gaps = new List<Gap>();
        foreach (var rule in rules)
        {
            gaps.AddRange(rule.Evaluate(deal, today));
        }

        return gaps;
    }

    private static List<Gap> Rank(Deal deal, List<Gap> gaps)
    {
        if (gaps.Count < 2)
        {
            return gaps;
        }

        var ranked = gaps
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
