using System.Globalization;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>The likely stage (Unknown when no answer points anywhere), a 0–100 confidence, and the rep's core work there.</summary>
public sealed record StageCheckResult(BuyingJourneyStage Stage, int Confidence)
{
    public string CoreWorkKey => $"Stage.CoreWork.{Stage}";

    public string GetCoreWork(CultureInfo culture) => CoachingText.Get(CoreWorkKey, culture);
}
