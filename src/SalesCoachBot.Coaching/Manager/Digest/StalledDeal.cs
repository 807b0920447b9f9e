using SalesCoachBot.Coaching.Rep.Deals;


namespace SalesCoachBot.Coaching.Manager.Digest;

/// <summary>A stalled deal and its reasons, most urgent first.</summary>
public sealed record StalledDeal(DealRecord Record, int DaysIdle, IReadOnlyList<StallFinding> Findings);
