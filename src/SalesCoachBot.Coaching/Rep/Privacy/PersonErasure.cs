using SalesCoachBot.Coaching.Rep.Debrief;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Coaching.Rep.Prep;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>
/// A deal without one of its people: the person with their support history and coach answers, the
/// KP mark and KP answers when they were the key person, their place in visits and commitments, and
/// their name where the rep wrote it in a visit plan or a commitment. The rep's delete and the
/// administrator's erase both go through here.
/// </summary>
public static class PersonErasure
{
    /// <summary>What replaces the person's name in the rep's own notes.</summary>
    public const string Redacted = "—";

    /// <summary>The deal without <paramref name="person"/>, and how many records went with them (the person, each assessment and answer, each reference).</summary>
    public static (Deal Deal, int Records) Without(Deal deal, Stakeholder person)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(person);
        var records = 1 + person.SupportHistory.Count + person.CoachAnswers.Count;
        var wasKeyPerson = deal.KeyPersonId == person.Id;
        if (wasKeyPerson)
        {
            records += 1 + deal.KeyPersonAnswers.Count;
        }

        var visits = new List<Visit>();
        foreach (var visit in deal.Visits)
        {
            var attendees = visit.StakeholderIds.Where(id => id != person.Id).ToList();
            records += visit.StakeholderIds.Count - attendees.Count;
            var commitment = visit.Commitment;
            if (commitment?.CommittedBy == person.Id)
            {
                commitment = commitment with { CommittedBy = null };
                records++;
            }

            if (commitment is not null)
            {
                commitment = commitment with { Action = Redact(commitment.Action, person.Name, ref records), DealProgress = Redact(commitment.DealProgress, person.Name, ref records) };
            }

            visits.Add(visit with { StakeholderIds = attendees, Commitment = commitment, Plan = Redact(visit.Plan, person.Name, ref records) });
        }

        return (deal with
        {
            Stakeholders = [.. deal.Stakeholders.Where(s => s.Id != person.Id)],
            KeyPersonId = wasKeyPerson ? null : deal.KeyPersonId,
            KeyPersonAnswers = wasKeyPerson ? [] : deal.KeyPersonAnswers,
            Visits = visits,
        }, records);
    }

    private static VisitPlan Redact(VisitPlan plan, string name, ref int records) => plan with
    {
        NeedsPreset = Redact(plan.NeedsPreset, name, ref records),
        VisitPurpose = Redact(plan.VisitPurpose, name, ref records),
        CompetitorPreset = Redact(plan.CompetitorPreset, name, ref records),
        OurDifference = Redact(plan.OurDifference, name, ref records),
        GuidancePath = Redact(plan.GuidancePath, name, ref records),
        CommitmentToAsk = Redact(plan.CommitmentToAsk, name, ref records),
    };

    private static string? Redact(string? text, string name, ref int records)
    {
        if (text is null || name.Length == 0 || !text.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        records++;
        return text.Replace(name, Redacted, StringComparison.OrdinalIgnoreCase);
    }
}
