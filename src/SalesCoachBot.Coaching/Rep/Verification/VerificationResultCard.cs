using System.Globalization;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Verification;

/// <summary>The confidence (0–100) a KP or coach check gives, whether that verifies them, and why.</summary>
internal static class VerificationResultCard
{
    public static AdaptiveCard Build(string personName, VerificationResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        var headline = RepText.Format("Verify.Result", culture, CardText.Escape(personName), result.Confidence);
        var plainHeadline = RepText.Format("Verify.Result", culture, personName, result.Confidence);
        var body = new List<CardElement>
        {
            RepCardParts.Heading(headline),
            new TextBlock(result.IsVerified ? RepText.Get("Verify.Verified", culture) : RepText.Format("Verify.NotVerified", culture, VerificationQuestionSet.VerifiedThreshold))
            {
                Weight = "bolder",
                Color = result.IsVerified ? "good" : "attention",
            },
        };
        body.Add(new TextBlock(RepText.Format("Verify.ThresholdNote", culture, VerificationQuestionSet.VerifiedThreshold)) { IsSubtle = true, Spacing = "none", Size = "small" });
        if (result.Reasons.Count > 0)
        {
            body.Add(new TextBlock(RepText.Get("Verify.Reasons", culture)) { Weight = "bolder" });
            body.AddRange(result.Reasons.Select(reason => new TextBlock(reason.CapsAt is { } cap
                ? RepText.Format("Verify.CappingReason", culture, reason.GetText(culture), cap, VerificationQuestionSet.VerifiedThreshold)
                : $"• {reason.GetText(culture)}") { Spacing = "none", Color = reason.CapsAt is null ? null : "attention" }));
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = plainHeadline };
    }
}
