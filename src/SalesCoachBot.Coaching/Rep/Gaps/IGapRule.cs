using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>One check of a deal against the method. Pure: the same deal and date give the same gaps.</summary>
public interface IGapRule
{
    /// <summary>Stable id, e.g. <c>DC-NO-DECISION-MAKER</c>; also the prefix of the rule's resource keys.</summary>
    string Id { get; }

    /// <summary>The course passage that teaches how to close the gap.</summary>
    CourseReference Source { get; }

    /// <summary>
    /// Where the course puts this check among the others of the same severity, higher first; unique in
    /// the catalog (docs/method.md, "Ranking").
    /// </summary>
    int Rank { get; }

    /// <summary>
    /// Whether any deal can get a <see cref="GapSeverity.Critical"/> gap from this rule: the daily digest
    /// only runs these (<see cref="GapAnalyzer.AnalyzeCritical"/>).
    /// </summary>
    bool CanBeCritical { get; }

    IEnumerable<Gap> Evaluate(Deal deal, DateOnly today);
}
