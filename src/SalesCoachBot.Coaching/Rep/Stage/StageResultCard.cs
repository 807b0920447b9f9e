using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Stage;

/// <summary>The likely stage with its confidence and the rep's core work there; offers to set the deal's stage.</summary>
internal static class StageResultCard
{
    public const string ApplyKey = "apply";
    public const string Yes = "yes";
    public const string No = "no";
    public const string CoreWorkDoneKey = "coreWorkDone";

    public static AdaptiveCard Build(StageCheckResult result, BuyingJourneyStage recorded, bool coreWorkDone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stage = CoachingText.Label(result.Stage, culture);
        var headline = RepText.Format("Stage.Result", culture, stage, result.Confidence);
        return new AdaptiveCard
        {
            Lang = culture.Name,
            FallbackText = headline,
            Body =
            [
                RepCardParts.Heading(headline),
                new TextBlock(RepText.Format("Stage.CoreWork", culture, result.GetCoreWork(culture))),
                new TextBlock(RepText.Format("Stage.Current", culture, CoachingText.Label(recorded, culture))) { IsSubtle = true },
                // Marking the core work done is what closes the stage's core-work gap.
                new InputToggle(CoreWorkDoneKey, RepText.Format("Stage.CoreWorkDone", culture, stage)) { Value = coreWorkDone ? "true" : "false" },
            ],
            Actions =
            [
                new CardActionData().WithInput(ApplyKey, Yes).ToSubmit(RepText.Format("Stage.Apply", culture, stage)),
                new CardActionData().WithInput(ApplyKey, No).ToSubmit(RepText.Get("Stage.Keep", culture)),
            ],
        };
    }
}
