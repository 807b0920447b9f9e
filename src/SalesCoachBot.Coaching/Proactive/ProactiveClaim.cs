namespace SalesCoachBot.Coaching.Proactive;

/// <summary>One recipient's (kind, local date): the ledger's unique key.</summary>
public sealed record ProactiveClaim(string RecipientUserId, string Kind, DateOnly LocalDate);
