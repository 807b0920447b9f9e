using System.Globalization;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>
/// Why the confidence is not higher: a concern raised by an answer, or a question left unanswered
/// (未知就是风险 — what we do not know counts against us).
/// </summary>
/// <see cref="CapsAt"/> is set when the answer alone keeps the confidence at or below that number.
public sealed record VerificationReason(string QuestionId, string? OptionId, int? CapsAt = null)
{
    public const string UnansweredKey = "Verify.Unanswered";

    public bool IsUnanswered => OptionId is null;

    /// <summary>The resource key of the reason's text, for a concern (null for an unanswered question).</summary>
    public string? Key => OptionId is null ? null : VerificationQuestion.ReasonKey(QuestionId, OptionId);

    public string GetText(CultureInfo culture) => OptionId is null
        ? CoachingText.Format(UnansweredKey, culture, CoachingText.Get($"Verify.{QuestionId}", culture))
        : CoachingText.Get(VerificationQuestion.ReasonKey(QuestionId, OptionId), culture);
}
