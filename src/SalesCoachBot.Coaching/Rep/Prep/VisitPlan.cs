namespace SalesCoachBot.Coaching.Rep.Prep;

/// <summary>
/// The rep's preparation for one important visit. Each field is the rep's own words for one item of
/// the pre-visit checklist; an empty field is an item not yet prepared.
/// </summary>
public sealed record VisitPlan
{
    public string? NeedsPreset { get; init; }

    public string? VisitPurpose { get; init; }

    public string? CompetitorPreset { get; init; }

    public string? OurDifference { get; init; }

    public string? GuidancePath { get; init; }

    /// <summary>The action commitment we will ask the customer for.</summary>
    public string? CommitmentToAsk { get; init; }

    public IReadOnlyList<VisitChecklistItem> MissingItems()
    {
        var missing = new List<VisitChecklistItem>();
        AddIfBlank(missing, NeedsPreset, VisitChecklistItem.NeedsPreset);
        AddIfBlank(missing, VisitPurpose, VisitChecklistItem.VisitPurpose);
        AddIfBlank(missing, CompetitorPreset, VisitChecklistItem.CompetitorPreset);
        AddIfBlank(missing, OurDifference, VisitChecklistItem.OurDifference);
        AddIfBlank(missing, GuidancePath, VisitChecklistItem.GuidancePath);
        AddIfBlank(missing, CommitmentToAsk, VisitChecklistItem.CommitmentToAsk);
        return missing;
    }

    private static void AddIfBlank(List<VisitChecklistItem> missing, string? value, VisitChecklistItem item)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(item);
        }
    }
}
