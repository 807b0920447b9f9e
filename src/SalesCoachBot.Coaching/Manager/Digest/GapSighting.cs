namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>The day a gap rule first fired on a deal, so "open for K days" can be told.</summary>
public sealed record GapSighting(Guid DealId, string RuleId, DateOnly FirstSeenOn);
