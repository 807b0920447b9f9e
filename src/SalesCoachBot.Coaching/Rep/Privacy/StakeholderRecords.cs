using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.Dialogs.State;

namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>
/// An administrator's access and erasure for one named stakeholder, across every rep's deals: the
/// export lists everything stored about them as JSON; the erase removes it (<see cref="PersonErasure"/>)
/// together with dialogs in progress and proactive messages that contain the name. Both leave an
/// audit entry that says who, when, what kind and how many, never whom.
/// </summary>
public sealed class StakeholderRecords(IPrivacyStore store, IDealStore deals, IUnitOfWork unitOfWork, TimeProvider timeProvider)
{
    private const int Page = 200;

    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        // The export is read by people: names and notes as written, not \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Everything stored about the people named <paramref name="name"/> (in <paramref name="dealId"/> only, when given), as indented JSON.</summary>
    public async Task<StakeholderExport> ExportAsync(string name, Guid? dealId, string operatorName, CancellationToken cancellationToken)
    {
        var found = await FindAsync(name, dealId, cancellationToken).ConfigureAwait(false);
        var mentions = await store.CountMentionsAsync(Forms(name), cancellationToken).ConfigureAwait(false);
        var document = new
        {
            name = name.Trim(),
            exportedAt = timeProvider.GetUtcNow(),
            deals = found.Select(f => new
            {
                dealId = f.Record.Deal.Id,
                customer = f.Record.Deal.Customer,
                deal = f.Record.Deal.Name,
                ownerUserId = f.Record.OwnerUserId,
                person = f.Person,
                isKeyPerson = f.Record.Deal.KeyPersonId == f.Person.Id,
                keyPersonAnswers = f.Record.Deal.KeyPersonId == f.Person.Id ? f.Record.Deal.KeyPersonAnswers : [],
                visits = f.Record.Deal.Visits
                    .Where(v => v.StakeholderIds.Contains(f.Person.Id) || v.Commitment?.CommittedBy == f.Person.Id)
                    .Select(v => new { visitId = v.Id, date = v.Date, held = v.Held, attended = v.StakeholderIds.Contains(f.Person.Id), committed = v.Commitment?.CommittedBy == f.Person.Id ? v.Commitment : null }),
            }),
            conversationsAndMessagesMentioningTheName = mentions,
        };
        var records = found.Sum(f => PersonErasure.Without(f.Record.Deal, f.Person).Records) + mentions;
        await store.StageAuditAsync(new PrivacyAuditEntry(timeProvider.GetUtcNow(), Operator(operatorName), PrivacyAuditEntry.ExportAction, records), cancellationToken).ConfigureAwait(false);
        await CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StakeholderExport(JsonSerializer.Serialize(document, ExportJson), found.Count, records);
    }

    /// <summary>Erases the people named <paramref name="name"/> (in <paramref name="dealId"/> only, when given) and every dialog and proactive message mentioning the name.</summary>
    public async Task<StakeholderErasure> EraseAsync(string name, Guid? dealId, string operatorName, CancellationToken cancellationToken)
    {
        var found = await FindAsync(name, dealId, cancellationToken).ConfigureAwait(false);
        var records = 0;
        foreach (var group in found.GroupBy(f => f.Record.Deal.Id))
        {
            var record = group.First().Record;
            var deal = record.Deal;
            foreach (var (_, person) in group)
            {
                var (left, count) = PersonErasure.Without(deal, person);
                deal = left;
                records += count;
            }

            await deals.SaveAsync(record.OwnerUserId, deal, cancellationToken).ConfigureAwait(false);
        }

        records += await store.StageMentionDeletionAsync(Forms(name), cancellationToken).ConfigureAwait(false);
        await store.StageAuditAsync(new PrivacyAuditEntry(timeProvider.GetUtcNow(), Operator(operatorName), PrivacyAuditEntry.EraseAction, records), cancellationToken).ConfigureAwait(false);
        await CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StakeholderErasure(found.Count, records);
    }

    /// <summary>The name as written, and as JSON escapes it (how the bot's stored JSON holds non-ASCII text).</summary>
    public static IReadOnlyCollection<string> Forms(string name)
    {
        var trimmed = name.Trim();
        var escaped = JsonSerializer.Serialize(trimmed)[1..^1];
        return escaped == trimmed ? [trimmed] : [trimmed, escaped];
    }

    private static string Operator(string operatorName)
    {
        var trimmed = operatorName.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The audit needs the operator's name.", nameof(operatorName));
        }

        return trimmed.Length <= PrivacyAuditEntry.MaxOperatorLength ? trimmed : trimmed[..PrivacyAuditEntry.MaxOperatorLength];
    }

    private async Task<List<(DealRecord Record, Stakeholder Person)>> FindAsync(string name, Guid? dealId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        if (wanted.Length == 0)
        {
            throw new ArgumentException("A stakeholder's name is needed.", nameof(name));
        }

        var found = new List<(DealRecord, Stakeholder)>();
        var skip = 0;
        while (true)
        {
            var page = await store.ListDealsAsync(skip, Page, cancellationToken).ConfigureAwait(false);
            foreach (var record in page.Where(r => dealId is null || r.Deal.Id == dealId))
            {
                found.AddRange(record.Deal.Stakeholders
                    .Where(s => string.Equals(s.Name.Trim(), wanted, StringComparison.OrdinalIgnoreCase))
                    .Select(s => (record, s)));
            }

            if (page.Count < Page)
            {
                return found;
            }

            skip += page.Count;
        }
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        var outcome = await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (outcome != UnitOfWorkOutcome.Committed)
        {
            throw new InvalidOperationException($"The change was not written ({outcome}): a rep changed one of the deals at the same time. Run the command again.");
        }
    }
}

/// <summary>The export's JSON, how many people (deal entries) it found and how many records it lists.</summary>
public sealed record StakeholderExport(string Json, int People, int Records);

/// <summary>How many people (deal entries) were erased and how many records went with them.</summary>
public sealed record StakeholderErasure(int People, int Records);
