using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Resources;

namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>
/// One gap in the rep's picture of a deal. Texts are resource keys so a gap can be stored and shown
/// in either culture; <see cref="Arguments"/> are names (people) that fill the message's placeholders.
/// </summary>
public sealed record Gap
{
    public required string RuleId { get; init; }

    public required GapSeverity Severity { get; init; }

    public required GapFlow Flow { get; init; }

    public required CourseReference Source { get; init; }

    public required string MessageKey { get; init; }

    public required string NextActionKey { get; init; }

    /// <summary>The person the gap concerns, when it concerns one.</summary>
    public Guid? StakeholderId { get; init; }

    /// <summary>The decision-chain role the gap concerns, when it concerns one.</summary>
    public DecisionChainRole? Role { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public string GetMessage(CultureInfo culture) => CoachingText.Format(MessageKey, culture, [.. Arguments]);

    public string GetNextAction(CultureInfo culture) => CoachingText.Format(NextActionKey, culture, [.. Arguments]);
}
