using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

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

    /// <summary>
    /// How much the course makes of this rule against the others of the same severity (higher first);
    /// the rule's own number, unique across the catalog, so the order never depends on ids or registration.
    /// </summary>
    public int Rank { get; init; }

    /// <summary>Why the gap matters at this deal's stage or under its decision method, when the rule says; a resource key.</summary>
    public string? WhyKey { get; init; }

    /// <summary>Resource keys of the reasons behind the gap (e.g. the answers that keep a KP unverified), shown under it.</summary>
    public IReadOnlyList<string> DetailKeys { get; init; } = [];

    /// <summary>The other gaps about the same person, merged into this one so the person takes one line.</summary>
    public IReadOnlyList<Gap> AlsoAbout { get; init; } = [];

    /// <summary>This gap's rule and those of the gaps merged into it.</summary>
    public IEnumerable<string> RuleIds => AlsoAbout.Select(g => g.RuleId).Prepend(RuleId);

    /// <summary>The message as card Markdown: the names in it are the rep's text, escaped.</summary>
    public string GetMessage(CultureInfo culture) => CardText.Format(culture, CoachingText.Get(MessageKey, culture), [.. Arguments]);

    /// <summary>The message as plain text (a console report).</summary>
    public string GetPlainMessage(CultureInfo culture) => CoachingText.Format(MessageKey, culture, [.. Arguments]);

    /// <summary>The next action as card Markdown: the names in it are the rep's text, escaped.</summary>
    public string GetNextAction(CultureInfo culture) => CardText.Format(culture, CoachingText.Get(NextActionKey, culture), [.. Arguments]);

    public string? GetWhy(CultureInfo culture) => WhyKey is null ? null : CoachingText.Get(WhyKey, culture);
}
