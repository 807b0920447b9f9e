using SalesCoachBot.Coaching.Method;


namespace SalesCoachBot.Coaching.Rep.People;

/// <summary>
/// One dated judgement of a stakeholder's support (客户支持度): the level, and each of the five
/// dimensions scored 1 (low) to 5 (high). A stakeholder keeps every assessment so the course's
/// 重新评估客户支持度 shows as a history.
/// </summary>
public sealed record SupportAssessment
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public required DateOnly AssessedOn { get; init; }

    public required SupportLevel Level { get; init; }

    public IReadOnlyDictionary<SupportDimension, int> Scores { get; init; } = new Dictionary<SupportDimension, int>();
}
