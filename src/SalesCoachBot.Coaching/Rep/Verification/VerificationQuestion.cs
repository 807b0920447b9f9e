using System.Globalization;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>A verification question with a stable id, the course passage it probes and its options.</summary>
public sealed record VerificationQuestion(string Id, CourseReference Source, IReadOnlyList<VerificationOption> Options)
{
    public int MaxWeight => Options.Max(option => option.Weight);

    public string TextKey => $"Verify.{Id}";

    public static string OptionTextKey(string questionId, string optionId) => $"Verify.{questionId}.{optionId}";

    public static string ReasonKey(string questionId, string optionId) => $"Verify.{questionId}.{optionId}.Reason";

    public string GetText(CultureInfo culture) => CoachingText.Get(TextKey, culture);

    public string GetOptionText(string optionId, CultureInfo culture) => CoachingText.Get(OptionTextKey(Id, optionId), culture);

    public VerificationOption? FindOption(string optionId) => Options.FirstOrDefault(option => option.Id == optionId);
}
