namespace SalesCoachBot.Coaching.Rep.Privacy;

/// <summary>
/// One privacy action, as the audit keeps it: who ran it, when, what kind, how many records it
/// touched. Never whom it was about: the audit itself holds no stakeholder's data.
/// </summary>
/// <param name="At">When it ran (UTC).</param>
/// <param name="Operator">Who ran it: the administrator's name, or <see cref="RetentionOperator"/>.</param>
/// <param name="Action">One of the <c>*Action</c> constants.</param>
/// <param name="Records">How many stored records it exported, erased or purged.</param>
public sealed record PrivacyAuditEntry(DateTimeOffset At, string Operator, string Action, int Records)
{
    public const string ExportAction = "stakeholder-export";
    public const string EraseAction = "stakeholder-erase";
    public const string PurgeAction = "closed-deal-purge";

    /// <summary>The operator of the automatic retention purge.</summary>
    public const string RetentionOperator = "retention";

    public const int MaxOperatorLength = 256;
}
