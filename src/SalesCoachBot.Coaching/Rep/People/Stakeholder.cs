using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Verification;


namespace SalesCoachBot.Coaching.Rep.People;

/// <summary>One person inside the customer, as the rep knows them.</summary>
public sealed record Stakeholder
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>Null when the person sits outside the four departments the course profiles.</summary>
    public Department? Department { get; init; }

    public IReadOnlySet<DecisionChainRole> DecisionChainRoles { get; init; } = new HashSet<DecisionChainRole>();

    public IReadOnlySet<BuyingRole> BuyingRoles { get; init; } = new HashSet<BuyingRole>();

    public IReadOnlySet<FunctionalType> FunctionalTypes { get; init; } = new HashSet<FunctionalType>();

    /// <summary>An insider who guides us (教练 / 情报员).</summary>
    public bool IsCoach { get; init; }

    /// <summary>Only meaningful for the decision layer (预测决策层管理风格).</summary>
    public ManagementStyle? ManagementStyle { get; init; }

    public IReadOnlySet<HiddenPowerType> HiddenPowers { get; init; } = new HashSet<HiddenPowerType>();

    public RelationshipCircle? Circle { get; init; }

    /// <summary>Every support assessment, in any order; <see cref="CurrentSupport"/> picks the latest.</summary>
    public IReadOnlyList<SupportAssessment> SupportHistory { get; init; } = [];

    /// <summary>Null when we have never been in contact with this person.</summary>
    public DateOnly? LastContactOn { get; init; }

    /// <summary>A transfer, promotion, departure or reorganisation touches this person (人事变化).</summary>
    public bool PersonnelChange { get; init; }

    /// <summary>Answers to the coach verification questions (教练的验证); empty when never checked.</summary>
    public IReadOnlyList<VerificationAnswer> CoachAnswers { get; init; } = [];

    public SupportAssessment? CurrentSupport =>
        SupportHistory.Count == 0 ? null : SupportHistory.MaxBy(assessment => assessment.AssessedOn);

    public bool HasBeenContacted => LastContactOn is not null;

    public bool Holds(DecisionChainRole role) => DecisionChainRoles.Contains(role);

    /// <summary>Approver or decision maker: the roles whose view settles the deal.</summary>
    public bool HoldsDecidingRole => Holds(DecisionChainRole.DecisionMaker) || Holds(DecisionChainRole.Approver);

    public bool IsInDecisionChain => DecisionChainRoles.Count > 0;

    /// <summary>Supports or champions us in the latest assessment.</summary>
    public bool IsSupporter => CurrentSupport?.Level >= SupportLevel.Supports;
}
