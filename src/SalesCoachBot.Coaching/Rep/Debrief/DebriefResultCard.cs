using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Coaching.Rep.Debrief;

/// <summary>Whether the visit's action commitment is effective, and what it lacks.</summary>
internal static class DebriefResultCard
{
    public static AdaptiveCard Build(Visit visit, IReadOnlyList<string> metNames, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var separator = culture.Name.StartsWith("zh", StringComparison.Ordinal) ? "、" : ", ";
        var saved = RepText.Format("Debrief.Saved", culture, string.Join(separator, metNames.Select(CardText.Escape)));
        var plainSaved = RepText.Format("Debrief.Saved", culture, string.Join(separator, metNames));
        var body = new List<CardElement> { RepCardParts.Heading(saved) };
        if (visit.Commitment is not { } commitment)
        {
            body.Add(new TextBlock(RepText.Get("Debrief.NoCommitment", culture)) { Color = "attention", Weight = "bolder" });
        }
        else if (commitment.IsEffective)
        {
            body.Add(new TextBlock(RepText.Get("Debrief.Effective", culture)) { Color = "good", Weight = "bolder" });
        }
        else
        {
            var missing = commitment.MissingElements();
            if (missing.Count > 0)
            {
                body.Add(new TextBlock(RepText.Format("Debrief.MissingElements", culture, string.Join(separator, missing.Select(e => CoachingText.Label(e, culture))))) { Color = "warning" });
            }

            var signs = Enum.GetValues<CommitmentSign>().Where(s => !commitment.SignsConfirmed.Contains(s)).ToList();
            if (signs.Count > 0)
            {
                body.Add(new TextBlock(RepText.Format("Debrief.MissingSigns", culture, string.Join(separator, signs.Select(s => CoachingText.Label(s, culture))))) { Color = "warning" });
            }
        }

        return new AdaptiveCard { Body = body, Lang = culture.Name, FallbackText = plainSaved };
    }
}
