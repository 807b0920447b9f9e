
namespace SalesCoachBot.Coaching.Rep.Gaps;

/// <summary>The conversation that closes a gap; the Teams cards map each to a button.</summary>
public enum GapFlow
{
    /// <summary>Add or edit people and their decision-chain roles.</summary>
    Stakeholders,

    /// <summary>Choose or verify the key person.</summary>
    KpCheck,

    /// <summary>Find or verify a coach.</summary>
    CoachCheck,

    /// <summary>Judge the buying-journey stage and its core work.</summary>
    StageCheck,

    /// <summary>Record the customer's decision method and other deal facts.</summary>
    DealDetails,

    /// <summary>Re-assess a stakeholder's support.</summary>
    SupportReview,

    /// <summary>Prepare an important visit.</summary>
    PreVisit,

    /// <summary>Debrief a visit and its action commitment.</summary>
    Debrief,
}
